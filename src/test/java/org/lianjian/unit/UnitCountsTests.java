package org.lianjian.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.lianjian.structure.CoordinationRoster;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit registry's part of counts that agree: one rule for a liaison in office on a
 * day (the list's vacancy filter, the unit page), the coordination committee's roster as
 * the one record of membership (the unit form writes it, the list reads it), and the
 * unit's effective start date on the form and in the ledger.
 */
@WebIntegrationTest
class UnitCountsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ResidentUnitRepository units;

	@Autowired
	CoordinationRoster roster;

	private final LocalDate today = LocalDate.now();

	@Test
	void aLiaisonIsInOfficeFromTheFirstDayUntilTheEndDateExcluded() throws Exception {
		String prefix = LedgerFiles.prefix("任职");
		long ended = unit(prefix + "今天离任");
		liaison(ended, this.today.minusYears(1), this.today);
		long notYet = unit(prefix + "明天到任");
		liaison(notYet, this.today.plusDays(1), null);
		long serving = unit(prefix + "在任");
		liaison(serving, this.today.minusDays(1), null);
		long handedOver = unit(prefix + "今天交接");
		liaison(handedOver, this.today.minusYears(1), this.today);
		liaison(handedOver, this.today, null);

		// the list's vacancy filter and its liaison column
		assertThat(total("/units?q=" + prefix + "&vacant=true")).isEqualTo(2);
		assertThat(total("/units?q=" + prefix + "&vacant=false")).isEqualTo(2);
		this.mvc.perform(get("/units").param("q", prefix + "今天交接").with(this.users.as("staff")))
			.andExpect(content().string(containsString("新任" + handedOver)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("离任" + handedOver))));
		// the unit page's vacancy: the same rule
		assertThat(vacantOnPage(ended)).isTrue();
		assertThat(vacantOnPage(notYet)).isTrue();
		assertThat(vacantOnPage(serving)).isFalse();
		assertThat(vacantOnPage(handedOver)).isFalse();
	}

	@Test
	void theUnitFormWritesTheCoordinationCommitteesRoster() throws Exception {
		String name = LedgerFiles.prefix("协调委员") + "单位";
		Map<String, String> form = form(name);
		form.put("coordinationMember", "true");
		form.put("coordinationMemberSince", "2020-05-01");
		form.put("effectiveFrom", "2019-01-01");
		form.put("partyOrgKind", "BRANCH");
		Long id = create(form);
		Long partyOrg = Objects.requireNonNull(this.units.findById(id).orElseThrow().getPartyOrgId());
		assertThat(this.roster.latest(partyOrg))
			.hasValue(new CoordinationRoster.Period(LocalDate.of(2020, 5, 1), null));
		assertThat(total("/units?q=" + name + "&member=true")).isEqualTo(1);
		// the structure page's roster shows the same membership
		this.mvc.perform(get("/structure/organisations/" + partyOrg).with(this.users.as("staff")))
			.andExpect(content().string(containsString("2020-05-01")));

		// unticked: not a member from today (the membership ends yesterday)
		form.put("coordinationMember", "false");
		form.put("coordinationMemberSince", "");
		form.put("version", version(id));
		this.mvc.perform(post(form, "/units/" + id + "/edit")).andExpect(status().is3xxRedirection());
		assertThat(this.roster.latest(partyOrg))
			.hasValue(new CoordinationRoster.Period(LocalDate.of(2020, 5, 1), this.today.minusDays(1)));
		assertThat(total("/units?q=" + name + "&member=true")).isZero();
		assertThat(total("/units?q=" + name + "&member=false")).isEqualTo(1);

		// a member that moves out leaves the committee on the day before it left
		form.put("coordinationMember", "true");
		form.put("coordinationMemberSince", this.today.minusDays(10).toString());
		form.put("version", version(id));
		this.mvc.perform(post(form, "/units/" + id + "/edit")).andExpect(status().is3xxRedirection());
		form.put("status", "MOVED_OUT");
		form.put("statusDate", this.today.minusDays(2).toString());
		form.put("version", version(id));
		this.mvc.perform(post(form, "/units/" + id + "/edit")).andExpect(status().is3xxRedirection());
		assertThat(this.roster.latest(partyOrg))
			.hasValue(new CoordinationRoster.Period(this.today.minusDays(10), this.today.minusDays(3)));
	}

	@Test
	void aMemberNeedsAPartyOrganisationAndDatesFollowTheStart() throws Exception {
		Map<String, String> form = form(LedgerFiles.prefix("日期") + "单位");
		form.put("coordinationMember", "true");
		form.put("effectiveFrom", this.today.plusDays(1).toString());
		this.mvc.perform(post(form, "/units/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请先选择党组织类型")))
			.andExpect(content().string(containsString("日期不能晚于今天")));
		form.put("partyOrgKind", "BRANCH");
		form.put("effectiveFrom", "2022-01-01");
		form.put("coordinationMemberSince", "2021-01-01");
		this.mvc.perform(post(form, "/units/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("加入日期不能早于单位的入驻日期")));
		form.put("coordinationMemberSince", "2022-03-01");
		form.put("status", "MOVED_OUT");
		form.put("statusDate", "2021-06-30");
		this.mvc.perform(post(form, "/units/new"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("状态日期不能早于入驻日期")));
	}

	@Test
	void theLedgerCarriesTheStartDate() throws Exception {
		String prefix = LedgerFiles.prefix("入驻");
		Map<String, String> form = form(prefix + "导出");
		form.put("effectiveFrom", "2018-04-01");
		create(form);
		byte[] export = this.mvc.perform(get("/units/export.xlsx").param("q", prefix).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(export))) {
			org.apache.poi.ss.usermodel.DataFormatter formatter = new org.apache.poi.ss.usermodel.DataFormatter();
			org.apache.poi.ss.usermodel.Row head = wb.getSheetAt(0).getRow(0);
			int column = -1;
			for (int c = 0; c < head.getLastCellNum(); c++) {
				if ("入驻日期".equals(formatter.formatCellValue(head.getCell(c)))) {
					column = c;
				}
			}
			assertThat(column).as("start date column").isNotNegative();
			assertThat(formatter.formatCellValue(wb.getSheetAt(0).getRow(1).getCell(column))).isEqualTo("2018-04-01");
		}

		// a ledger with the column gives the unit that start
		List<String> headers = new ArrayList<>(LedgerFiles.HEADERS);
		headers.add("入驻日期");
		String area = this.jdbc.queryForObject("select name from organisation where id = ?", String.class,
				this.users.scopeOrganisationOf("secretary"));
		List<Object> row = LedgerFiles.row(prefix + "导入", LedgerFiles.creditCode(), "非公企业", area, "");
		row.add("2017-09-01");
		importLedger(LedgerFiles.xlsx(headers, List.of(row)));
		assertThat(this.units.findByName(prefix + "导入")).singleElement()
			.extracting(ResidentUnit::getEffectiveFrom)
			.isEqualTo(LocalDate.of(2017, 9, 1));
	}

	// ------------------------------------------------------------------ helpers

	private long unit(String name) {
		return this.jdbc.queryForObject(
				"insert into resident_unit (name, residential_area_id, effective_from) values (?, ?, ?) returning id",
				Long.class, name, this.users.scopeOrganisationOf("secretary"), this.today.minusYears(2));
	}

	private void liaison(long unit, LocalDate start, LocalDate end) {
		String who = (end == null ? "新任" : "离任") + unit;
		this.jdbc.update("insert into liaison (unit_id, person_name, is_primary, start_date, end_date) "
				+ "values (?, ?, true, ?, ?)", unit, who, start, end);
	}

	private long total(String href) throws Exception {
		String html = this.mvc.perform(get(href).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Long.parseLong(Objects.requireNonNull(Jsoup.parse(html).selectFirst("[data-total]")).attr("data-total"));
	}

	private boolean vacantOnPage(long unit) throws Exception {
		MvcResult page = this.mvc.perform(get("/units/" + unit).with(this.users.as("staff"))).andReturn();
		return ((UnitView) page.getModelAndView().getModel().get("unit")).vacant();
	}

	private Map<String, String> form(String name) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("name", name);
		p.put("category", "STATE_OWNED");
		p.put("adminRank", "NONE");
		p.put("residentialAreaId", this.users.scopeOrganisationOf("secretary").toString());
		p.put("headcount", "100");
		p.put("partyOrgKind", "");
		p.put("partyMemberCount", "10");
		p.put("_dualManaged", "on");
		p.put("_coordinationMember", "on");
		p.put("status", "ACTIVE");
		return p;
	}

	private MockHttpServletRequestBuilder post(Map<String, String> form, String path) {
		MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post(path)
			.with(this.users.as("staff"))
			.with(csrf());
		form.forEach(request::param);
		return request;
	}

	private Long create(Map<String, String> form) throws Exception {
		String location = this.mvc.perform(post(form, "/units/new"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private String version(Long id) {
		return Long.toString(this.units.findById(id).orElseThrow().getVersion());
	}

	private void importLedger(byte[] file) throws Exception {
		MockHttpSession session = new MockHttpSession();
		String preview = this.mvc
			.perform(multipart("/units/import")
				.file(new MockMultipartFile("file", "units.xlsx", "application/octet-stream", file))
				.session(session)
				.with(this.users.as("staff"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String token = preview.substring(preview.lastIndexOf('/') + 1);
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/units/import/{t}/commit", token)
				.session(session)
				.with(this.users.as("staff"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(60))
			.until(() -> ((ImportProgress) this.mvc
				.perform(get("/units/import/" + token + "/progress").with(this.users.as("staff")))
				.andReturn()
				.getModelAndView()
				.getModel()
				.get("progress")).finished());
	}

}
