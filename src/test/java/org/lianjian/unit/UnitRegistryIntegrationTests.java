package org.lianjian.unit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lianjian.structure.CoordinationRoster;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The unit registry pages end to end: the staff form with its Chinese errors, credit-code
 * uniqueness, change history, concurrent edits, closing a unit, search and filters.
 */
@WebIntegrationTest
class UnitRegistryIntegrationTests {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private static final Random RANDOM = new Random();

	@Autowired
	CoordinationRoster roster;

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	ResidentUnitRepository units;

	@Autowired
	JdbcTemplate jdbc;

	/** A valid unified social credit code, different on every call. */
	static String validCreditCode() {
		StringBuilder first17 = new StringBuilder("91310109");
		for (int i = 0; i < 9; i++) {
			first17.append(CreditCode.ALPHABET.charAt(RANDOM.nextInt(CreditCode.ALPHABET.length())));
		}
		return first17.toString() + CreditCode.checkCharacter(first17.toString());
	}

	/** The same code with a wrong check character. */
	static String withWrongCheck(String code) {
		char check = code.charAt(17);
		char wrong = CreditCode.ALPHABET
			.charAt((CreditCode.ALPHABET.indexOf(check) + 1) % CreditCode.ALPHABET.length());
		return code.substring(0, 17) + wrong;
	}

	static String unique(String base) {
		return base + "-" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
	}

	/** Form parameters of a valid unit. */
	private Map<String, String> validForm(String name, String creditCode) {
		Map<String, String> p = new LinkedHashMap<>();
		p.put("name", name);
		p.put("shortName", "");
		p.put("creditCode", creditCode);
		p.put("category", "PUBLIC_INSTITUTION");
		p.put("subType", "HOSPITAL");
		p.put("adminRank", "BUREAU");
		p.put("address", "上海市虹口区测试路 1 号");
		p.put("residentialAreaId", this.users.scopeOrganisationOf("secretary").toString());
		p.put("gridRef", "G-01");
		p.put("headcount", "120");
		p.put("contactPhone", "021-65550000");
		p.put("contactEmail", "office@example.org");
		p.put("partyOrgKind", "");
		p.put("partyMemberCount", "0");
		p.put("sectorCommittee", "");
		p.put("networkId", "");
		p.put("_dualManaged", "on");
		p.put("_coordinationMember", "on");
		p.put("status", "ACTIVE");
		return p;
	}

	private MockHttpServletRequestBuilder postForm(String path, Map<String, String> params, String who) {
		MockHttpServletRequestBuilder request = post(path).with(this.users.as(who)).with(csrf());
		params.forEach(request::param);
		return request;
	}

	private Long create(Map<String, String> params) throws Exception {
		MvcResult result = this.mvc.perform(postForm("/units/new", params, "staff"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/units/*"))
			.andExpect(flash().attribute("message", "unit.createdMsg"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void shouldReRenderCreateFormWithChineseFieldErrors() throws Exception {
		String name = unique("错误单位");
		Map<String, String> p = validForm("  ", withWrongCheck(validCreditCode()));
		p.put("headcount", "-5");
		this.mvc.perform(postForm("/units/new", p, "staff"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("此项为必填")))
			.andExpect(content().string(containsString("统一社会信用代码无效")))
			.andExpect(content().string(containsString("不能小于 0")))
			.andExpect(content().string(containsString("value=\"上海市虹口区测试路 1 号\"")));

		p = validForm(name, "91310000MA1FL4L2XK");
		this.mvc.perform(postForm("/units/new", p, "staff"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"creditCode-error\"")))
			.andExpect(content().string(containsString("统一社会信用代码无效")));

		p.put("headcount", "很多");
		p.put("dualManaged", "true");
		this.mvc.perform(postForm("/units/new", p, "staff"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入整数")))
			.andExpect(content().string(containsString("value=\"" + name + "\"")));

		p = validForm(name, "");
		p.put("status", "CLOSED");
		this.mvc.perform(postForm("/units/new", p, "staff"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"statusDate-error\"")))
			.andExpect(content().string(containsString("请填写状态日期")));
		assertThat(this.units.findByName(name)).isEmpty();
	}

	@Test
	void shouldCreateAUnitAndFindItByCreditCode() throws Exception {
		String name = unique("新登记医院");
		String code = validCreditCode();
		Long id = create(validForm(name, code));

		ResidentUnit saved = this.units.findById(id).orElseThrow();
		assertThat(saved.getName()).isEqualTo(name);
		assertThat(saved.getCreditCode()).isEqualTo(code);
		assertThat(saved.getSubType()).isEqualTo(InstitutionType.HOSPITAL);

		this.mvc.perform(get("/units/" + id).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(code)))
			.andExpect(content().string(containsString("医院")));
		this.mvc.perform(get("/units").param("q", code).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/units").param("q", code.toLowerCase()).with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void shouldRefuseAControlCharacterBesideItsField() throws Exception {
		String name = unique("控制字符单位");
		Map<String, String> p = validForm(name + "\u0007", validCreditCode());
		p.put("address", "测试路\u001b一号");
		this.mvc.perform(postForm("/units/new", p, "staff"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "PlainText"))
			.andExpect(model().attributeHasFieldErrorCode("form", "address", "PlainText"))
			.andExpect(content().string(containsString("不能包含控制字符")));
		assertThat(this.units.findByName(name + "\u0007")).isEmpty();
	}

	@Test
	void shouldRefuseDatesThatWouldNotBeKeptAndABlankCount() throws Exception {
		String name = unique("日期单位");
		Map<String, String> p = validForm(name, validCreditCode());
		p.put("statusDate", "2020-01-01");
		p.put("coordinationMemberSince", "2019-05-01");
		p.put("headcount", "");
		this.mvc.perform(postForm("/units/new", p, "staff"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("单位状态为正常时不填状态日期")))
			.andExpect(content().string(containsString("未勾选协调委员会成员单位时不填加入日期")))
			.andExpect(content().string(containsString("请填写人数，没有请填 0")));
		assertThat(this.units.findByName(name)).isEmpty();
		// with the box ticked, the joining date is kept as typed
		p.put("statusDate", "");
		p.put("headcount", "0");
		p.put("coordinationMember", "true");
		// the committee's members are party organisations: a unit without one is refused
		this.mvc.perform(postForm("/units/new", p, "staff"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请先选择党组织类型")));
		p.put("partyOrgKind", "BRANCH");
		Long id = create(p);
		ResidentUnit saved = this.units.findById(id).orElseThrow();
		assertThat(this.roster.latest(Objects.requireNonNull(saved.getPartyOrgId())))
			.hasValue(new CoordinationRoster.Period(LocalDate.of(2019, 5, 1), null));
		// a blank start is the earliest day the form shows the unit at work
		assertThat(saved.getEffectiveFrom()).isEqualTo(LocalDate.of(2019, 5, 1));
	}

	@Test
	void shouldFindAUnitByItsShortNameButNeverAcrossTwoOfItsFields() throws Exception {
		String name = unique("街角书店");
		String shortName = "Qy书香" + SEQ.incrementAndGet();
		Map<String, String> form = validForm(name, validCreditCode());
		form.put("shortName", shortName);
		create(form);
		this.mvc.perform(get("/units").param("q", shortName.toLowerCase()).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		// one character (no two-character piece to look up) and a piece of the middle
		this.mvc.perform(get("/units").param("q", "香").param("status", "ACTIVE").with(this.users.as("staff")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/units").param("q", name.substring(1, 3)).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		// the end of the name and the start of the short name are not one text
		String across = name.substring(name.length() - 2) + shortName.substring(0, 2);
		this.mvc.perform(get("/units").param("q", across).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(name))));
	}

	@Test
	void shouldRefuseADuplicateCreditCodeNextToTheField() throws Exception {
		String code = validCreditCode();
		String first = unique("先登记的单位");
		create(validForm(first, code));
		String second = unique("后登记的单位");
		this.mvc.perform(postForm("/units/new", validForm(second, code), "staff"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"creditCode-error\"")))
			.andExpect(content().string(containsString("该统一社会信用代码已登记给“" + first + "”")))
			.andExpect(content().string(containsString("value=\"" + second + "\"")));
		assertThat(this.units.findByName(second)).isEmpty();
	}

	@Test
	void shouldRecordEditsInTheHistory() throws Exception {
		String name = unique("改名前");
		Long id = create(validForm(name, ""));
		long version = this.units.findById(id).orElseThrow().getVersion();

		String renamed = unique("改名后");
		Map<String, String> p = validForm(renamed, "");
		p.put("headcount", "321");
		p.put("category", "STATE_OWNED");
		p.put("version", String.valueOf(version));
		this.mvc.perform(postForm("/units/" + id + "/edit", p, "staff"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "unit.saved"));

		ResidentUnit saved = this.units.findById(id).orElseThrow();
		assertThat(saved.getName()).isEqualTo(renamed);
		assertThat(saved.getHeadcount()).isEqualTo(321);
		assertThat(saved.getSubType()).as("only public institutions have a sub-type").isNull();

		this.mvc.perform(get("/units/" + id).param("tab", "history").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(renamed)))
			.andExpect(content().string(containsString("单位名称")))
			.andExpect(content().string(containsString("职工人数")))
			.andExpect(content().string(containsString("120")))
			.andExpect(content().string(containsString("321")))
			.andExpect(content().string(containsString("事业单位")))
			.andExpect(content().string(containsString("国有企业")))
			// who made the change, by the person's name, not the login name
			.andExpect(
					content()
						.string(containsString(">"
								+ this.jdbc.queryForObject(
										"select display_name from user_account where username = 'staff'", String.class)
								+ "<")))
			.andExpect(content().string(not(containsString(">staff<"))));
		this.mvc.perform(get("/units/" + id).param("tab", "history").with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(renamed)));
	}

	@Test
	void shouldRefuseAStaleEditKeepingTheInput() throws Exception {
		Long id = create(validForm(unique("并发编辑"), ""));
		long version = this.units.findById(id).orElseThrow().getVersion();

		String firstName = unique("第一次保存");
		Map<String, String> first = validForm(firstName, "");
		first.put("version", String.valueOf(version));
		this.mvc.perform(postForm("/units/" + id + "/edit", first, "staff")).andExpect(status().is3xxRedirection());

		String secondName = unique("过时的保存");
		Map<String, String> second = validForm(secondName, "");
		second.put("headcount", "999");
		second.put("version", String.valueOf(version));
		this.mvc.perform(postForm("/units/" + id + "/edit", second, "admin"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("保存失败")))
			.andExpect(content().string(containsString("当前已保存的内容")))
			.andExpect(content().string(containsString(firstName)))
			.andExpect(content().string(containsString("value=\"" + secondName + "\"")))
			.andExpect(content().string(containsString("value=\"999\"")))
			// the panel lists each field that differs, with the saved value and the input
			.andExpect(content().string(containsString("<td class=\"text-break\">" + firstName + "</td>")))
			.andExpect(content().string(containsString("<td class=\"text-break\">120</td>")))
			.andExpect(content().string(containsString("<td class=\"text-break\">999</td>")))
			.andExpect(content().string(not(containsString("<td class=\"text-break\">G-01</td>"))));

		ResidentUnit saved = this.units.findById(id).orElseThrow();
		assertThat(saved.getName()).isEqualTo(firstName);
		assertThat(saved.getHeadcount()).isEqualTo(120);
	}

	@Test
	void shouldKeepAClosedUnitVisible() throws Exception {
		String name = unique("将注销的单位");
		String code = validCreditCode();
		Long id = create(validForm(name, code));
		Map<String, String> p = validForm(name, code);
		p.put("status", "CLOSED");
		p.put("statusDate", "2024-06-30");
		p.put("version", String.valueOf(this.units.findById(id).orElseThrow().getVersion()));
		this.mvc.perform(postForm("/units/" + id + "/edit", p, "staff")).andExpect(status().is3xxRedirection());

		assertThat(this.units.findById(id)).get().extracting(ResidentUnit::getStatus).isEqualTo(UnitStatus.CLOSED);
		this.mvc.perform(get("/units/" + id).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已注销")))
			.andExpect(content().string(containsString("2024-06-30")));
		this.mvc.perform(get("/units").param("status", "CLOSED").param("q", code).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/units").param("status", "ACTIVE").param("q", code).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(name))));
	}

	@Test
	void shouldFilterVacantUnits() throws Exception {
		String name = unique("无联络员单位");
		create(validForm(name, ""));
		this.mvc.perform(get("/units").param("vacant", "true").param("q", name).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("无主联络员")));
		this.mvc.perform(get("/units").param("vacant", "false").param("q", name).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(">" + name + "</a>"))));
	}

	@Test
	void shouldFilterOnSubmitAndKeepFiltersInLinks() throws Exception {
		String name = unique("筛选链接单位");
		create(validForm(name, ""));
		this.mvc
			.perform(
					get("/units").param("q", name).param("category", "PUBLIC_INSTITUTION").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"results\"")))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(not(containsString("hx-trigger=\"input"))))
			.andExpect(content().string(containsString("/units/export.xlsx?q=")))
			.andExpect(content().string(containsString("category=PUBLIC_INSTITUTION&amp;sort=headcount&amp;dir=asc")));
		this.mvc.perform(get("/units").param("sort", "headcount").param("dir", "desc").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-sort=\"descending\"")))
			.andExpect(content().string(containsString("sort=headcount&amp;dir=asc")));
		this.mvc.perform(get("/units").param("q", name).with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/units/export.xlsx"))))
			.andExpect(content().string(not(containsString("/units/new"))));
	}

	@Test
	void shouldIgnoreMalformedListParameters() throws Exception {
		this.mvc
			.perform(get("/units").param("category", "NO_SUCH")
				.param("page", "abc")
				.param("sort", "password")
				.param("dir", "sideways")
				.with(this.users.as("staff")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/units").param("page", "99999").param("q", "%_\\").with(this.users.as("staff")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/units/abc").with(this.users.as("staff"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/units/987654321").param("tab", "nonsense").with(this.users.as("staff")))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldRefuseAnAreaThatIsNoResidentialArea() throws Exception {
		String name = unique("错误居民区");
		Map<String, String> p = validForm(name, "");
		p.put("residentialAreaId", "987654321");
		p.put("networkId", "987654321");
		this.mvc.perform(postForm("/units/new", p, "staff"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"residentialAreaId-error\"")));
		assertThat(this.units.findByName(name)).isEmpty();
	}

}
