package org.lianjian.project;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.support.Users;
import org.lianjian.unit.UnitFilter;
import org.lianjian.unit.UnitService;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The project pages end to end: the form's errors in Chinese, creating, editing with a
 * stale version, milestones, brands, list filters, the export and the scope matrix.
 */
@WebIntegrationTest
class ProjectWebIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	ServiceProjectRepository projects;

	@Autowired
	ProjectBrandRepository brands;

	@Autowired
	StructureService structure;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	UnitService units;

	@Autowired
	UserDetailsService userDetails;

	static String unique(String base) {
		return base + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	Long brand(String name) {
		return this.brands.findAll().stream().filter((b) -> b.getName().equals(name)).findFirst().orElseThrow().getId();
	}

	Long core() {
		return this.structure.holderOf(StructureRole.CORE).orElseThrow();
	}

	/** A project form as request parameters. */
	MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name, Long brand, Long org,
			ProjectStatus status, LocalDate start, LocalDate end, Long... partnerUnits) {
		request.with(csrf())
			.param("name", name)
			.param("brandId", brand.toString())
			.param("leadOrgId", org.toString())
			.param("status", status.name())
			.param("startDate", start.toString())
			.param("endDate", end.toString())
			.param("beneficiaryTarget", "120")
			.param("goals", "服务居民")
			.param("milestones[0].title", "启动")
			.param("milestones[0].dueDate", start.plusDays(10).toString())
			.param("milestones[1].title", "总结")
			.param("milestones[1].dueDate", end.toString());
		for (int i = 0; i < partnerUnits.length; i++) {
			request.param("partners[" + i + "].unitId", partnerUnits[i].toString())
				.param("partners[" + i + "].role", "协办")
				.param("partners[" + i + "].kind", "MONEY")
				.param("partners[" + i + "].amount", "5000")
				.param("partners[" + i + "].description", "资助活动经费");
		}
		return request;
	}

	Long create(String user, String name, Long brand, Long org, ProjectStatus status, LocalDate start, LocalDate end,
			Long... partnerUnits) throws Exception {
		MvcResult result = this.mvc
			.perform(form(post("/projects/new"), name, brand, org, status, start, end, partnerUnits)
				.with(this.users.as(user)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = Objects.requireNonNull(result.getResponse().getRedirectedUrl());
		assertThat(location).startsWith("/projects/");
		return Long.valueOf(location.substring("/projects/".length()));
	}

	Long createAsStaff(String name, Long... partnerUnits) throws Exception {
		LocalDate today = LocalDate.now();
		return create("staff", name, brand("健康教育"), core(), ProjectStatus.ACTIVE, today.withDayOfYear(1),
				today.withDayOfYear(1).plusYears(1).minusDays(1), partnerUnits);
	}

	@Test
	void shouldSeedTheFourBrandsInTheMigration() {
		assertThat(this.brands.findAll().stream().map(ProjectBrand::getName)).contains("参政议政", "文明共建", "健康教育", "科普活动");
	}

	@Test
	void shouldReRenderFormWithChineseFieldErrors() throws Exception {
		this.mvc
			.perform(post("/projects/new").with(this.users.as("staff"))
				.with(csrf())
				.param("name", "")
				.param("status", "ACTIVE")
				.param("startDate", "2026-03-01")
				.param("endDate", "2026-02-01")
				.param("beneficiaryTarget", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填")))
			.andExpect(content().string(containsString("受益人数目标不能为负数")));
		// a rule the service checks: the period's order, with the input kept
		String name = unique("周期颠倒");
		this.mvc
			.perform(form(post("/projects/new"), name, brand("科普活动"), core(), ProjectStatus.PREPARING,
					LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1))
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束日期不能早于开始日期")))
			.andExpect(content().string(containsString(name)));
		// a partner unit without a kind of contribution
		this.mvc
			.perform(form(post("/projects/new"), unique("缺类型"), brand("科普活动"), core(), ProjectStatus.PREPARING,
					LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1))
				.with(this.users.as("staff"))
				.param("partners[0].unitId", this.users.scopeUnitOf("liaison").toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填")));
	}

	@Test
	void shouldCreateAProjectAndShowItsPartnersAndMilestones() throws Exception {
		String name = unique("护理院共建");
		Long unit = this.users.scopeUnitOf("liaison");
		Long id = createAsStaff(name, unit);
		this.mvc.perform(get("/projects/" + id).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("资助活动经费")))
			.andExpect(content().string(containsString("启动")))
			.andExpect(content().string(containsString("资金")));
		this.tx.executeWithoutResult((s) -> {
			ServiceProject p = this.projects.findById(id).orElseThrow();
			assertThat(p.getPartners()).singleElement().satisfies((x) -> {
				assertThat(x.getUnitId()).isEqualTo(unit);
				assertThat(x.getKind()).isEqualTo(ContributionKind.MONEY);
			});
			assertThat(p.getMilestones()).extracting(ProjectMilestone::getTitle).containsExactly("启动", "总结");
		});
	}

	@Test
	void shouldEditAndReportAStaleEditWithTheInputKept() throws Exception {
		Long id = createAsStaff(unique("编辑"));
		long version = this.projects.findById(id).orElseThrow().getVersion();
		this.mvc.perform(get("/projects/" + id + "/edit").with(this.users.as("staff"))).andExpect(status().isOk());
		LocalDate start = LocalDate.now().withDayOfYear(1);
		String renamed = unique("已改名");
		this.mvc
			.perform(form(post("/projects/" + id + "/edit"), renamed, brand("文明共建"), core(), ProjectStatus.COMPLETED,
					start, start.plusMonths(6))
				.with(this.users.as("staff"))
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		ServiceProject saved = this.projects.findById(id).orElseThrow();
		assertThat(saved.getName()).isEqualTo(renamed);
		assertThat(saved.getStatus()).isEqualTo(ProjectStatus.COMPLETED);
		// the same, older version again: a conflict, with what the user typed still there
		String lost = unique("过期编辑");
		this.mvc
			.perform(form(post("/projects/" + id + "/edit"), lost, brand("文明共建"), core(), ProjectStatus.ACTIVE, start,
					start.plusMonths(6))
				.with(this.users.as("staff"))
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已修改")))
			.andExpect(content().string(containsString(lost)));
		assertThat(this.projects.findById(id).orElseThrow().getName()).isEqualTo(renamed);
	}

	@Test
	void shouldMarkAMilestoneDoneAndReopenIt() throws Exception {
		Long id = createAsStaff(unique("里程碑"));
		Long milestone = this.tx
			.execute((s) -> this.projects.findById(id).orElseThrow().getMilestones().get(0).getId());
		this.mvc
			.perform(post("/projects/" + id + "/milestones/" + milestone).with(this.users.as("staff"))
				.with(csrf())
				.param("done", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(doneOn(id, milestone)).isEqualTo(LocalDate.now());
		this.mvc
			.perform(post("/projects/" + id + "/milestones/" + milestone).with(this.users.as("staff"))
				.with(csrf())
				.param("done", "false"))
			.andExpect(status().is3xxRedirection());
		assertThat(doneOn(id, milestone)).isNull();
	}

	private LocalDate doneOn(Long id, Long milestone) {
		return this.tx.execute((s) -> this.projects.findById(id)
			.orElseThrow()
			.getMilestones()
			.stream()
			.filter((m) -> milestone.equals(m.getId()))
			.findFirst()
			.orElseThrow()
			.getDoneOn());
	}

	@Test
	void shouldAddRenameAndRetireBrands() throws Exception {
		String name = unique("品牌");
		this.mvc.perform(post("/projects/brands").with(this.users.as("staff")).with(csrf()).param("name", name))
			.andExpect(status().is3xxRedirection());
		ProjectBrand b = this.brands.findAll()
			.stream()
			.filter((x) -> x.getName().equals(name))
			.findFirst()
			.orElseThrow();
		// a duplicate name is refused in Chinese
		this.mvc.perform(post("/projects/brands").with(this.users.as("staff")).with(csrf()).param("name", "健康教育"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已有同名品牌")));
		String renamed = unique("新品牌");
		this.mvc
			.perform(post("/projects/brands/" + b.getId()).with(this.users.as("admin"))
				.with(csrf())
				.param("name", renamed)
				.param("version", String.valueOf(b.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.brands.findById(b.getId()).orElseThrow().getName()).isEqualTo(renamed);
		this.mvc
			.perform(post("/projects/brands/" + b.getId() + "/retire").with(this.users.as("staff"))
				.with(csrf())
				.param("retired", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.brands.findById(b.getId()).orElseThrow().isRetired()).isTrue();
		this.mvc.perform(get("/projects/brands").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(renamed)))
			.andExpect(content().string(containsString("参政议政")));
		// a retired brand takes no new project
		LocalDate today = LocalDate.now();
		this.mvc
			.perform(form(post("/projects/new"), unique("停用品牌"), b.getId(), core(), ProjectStatus.PREPARING, today,
					today.plusMonths(1))
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("该品牌已停用")));
		// brands are staff business
		this.mvc.perform(get("/projects/brands").with(this.users.as("liaison"))).andExpect(status().isForbidden());
		this.mvc.perform(post("/projects/brands").with(this.users.as("secretary")).with(csrf()).param("name", "x"))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldFilterTheList() throws Exception {
		String tag = unique("筛选");
		Long unit = this.users.scopeUnitOf("liaison2");
		LocalDate lastYear = LocalDate.now().minusYears(1).withDayOfYear(1);
		create("staff", tag + "甲", brand("科普活动"), core(), ProjectStatus.ACTIVE, lastYear, lastYear.plusMonths(3), unit);
		create("staff", tag + "乙", brand("参政议政"), this.users.scopeOrganisationOf("secretary"), ProjectStatus.PREPARING,
				LocalDate.now(), LocalDate.now().plusMonths(3));
		this.mvc.perform(get("/projects").with(this.users.as("staff")).param("q", tag))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(tag + "甲")))
			.andExpect(content().string(containsString(tag + "乙")));
		this.mvc.perform(
				get("/projects").with(this.users.as("staff")).param("q", tag).param("brand", brand("科普活动").toString()))
			.andExpect(content().string(containsString(tag + "甲")))
			.andExpect(content().string(not(containsString(tag + "乙"))));
		this.mvc.perform(get("/projects").with(this.users.as("staff")).param("q", tag).param("status", "PREPARING"))
			.andExpect(content().string(not(containsString(tag + "甲"))))
			.andExpect(content().string(containsString(tag + "乙")));
		this.mvc.perform(get("/projects").with(this.users.as("staff")).param("q", tag).param("unit", unit.toString()))
			.andExpect(content().string(containsString(tag + "甲")))
			.andExpect(content().string(not(containsString(tag + "乙"))));
		this.mvc
			.perform(get("/projects").with(this.users.as("staff"))
				.param("q", tag)
				.param("org", this.users.scopeOrganisationOf("secretary").toString()))
			.andExpect(content().string(not(containsString(tag + "甲"))))
			.andExpect(content().string(containsString(tag + "乙")));
		this.mvc
			.perform(get("/projects").with(this.users.as("staff"))
				.param("q", tag)
				.param("year", String.valueOf(lastYear.getYear())))
			.andExpect(content().string(containsString(tag + "甲")))
			.andExpect(content().string(not(containsString(tag + "乙"))));
		// a bad filter value is ignored, not a 500
		this.mvc.perform(get("/projects").with(this.users.as("staff")).param("status", "NONSENSE"))
			.andExpect(status().isOk());
	}

	@Test
	void shouldExportTheFilteredListAsXlsx() throws Exception {
		String tag = unique("导出");
		createAsStaff(tag + "一", this.users.scopeUnitOf("liaison"));
		createAsStaff(tag + "二");
		byte[] bytes = this.mvc.perform(get("/projects/export.xlsx").with(this.users.as("staff")).param("q", tag))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("项目名称");
			List<String> names = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					names.add(row.getCell(0).getStringCellValue());
					assertThat(row.getCell(1).getStringCellValue()).isEqualTo("健康教育");
					assertThat(row.getCell(2).getStringCellValue()).isEqualTo("实施中");
				}
			}
			assertThat(names).containsExactlyInAnyOrder(tag + "一", tag + "二");
		}
	}

	@Test
	void shouldAnswer404OutsideTheScopeAnd403ForTheWrongRole() throws Exception {
		Long liaisonUnit = this.users.scopeUnitOf("liaison");
		String name = unique("范围");
		Long partnered = createAsStaff(name, liaisonUnit);
		// liaison2's unit is no partner: the project does not exist for them
		this.mvc.perform(get("/projects/" + partnered).with(this.users.as("liaison2")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/projects/" + partnered + "/edit").with(this.users.as("liaison2")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/projects/" + partnered + "/edit").with(this.users.as("liaison2"))
				.with(csrf())
				.param("name", "x"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/projects").with(this.users.as("liaison2")).param("q", name))
			.andExpect(content().string(not(containsString("href=\"/projects/" + partnered + "\""))));
		// the liaison whose unit partners sees it, in the list too, but may not edit it
		this.mvc.perform(get("/projects/" + partnered).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/projects").with(this.users.as("liaison")).param("q", name))
			.andExpect(content().string(containsString("href=\"/projects/" + partnered + "\"")));
		this.mvc.perform(get("/projects/" + partnered + "/edit").with(this.users.as("liaison")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/projects/new").with(this.users.as("liaison"))).andExpect(status().isForbidden());
		// a secretary edits projects led within their subtree, and may not lead from
		// elsewhere
		Long secretaryOrg = this.users.scopeOrganisationOf("secretary");
		LocalDate today = LocalDate.now();
		Long own = create("secretary", unique("居民区项目"), brand("文明共建"), secretaryOrg, ProjectStatus.ACTIVE, today,
				today.plusMonths(2));
		this.mvc.perform(get("/projects/" + own + "/edit").with(this.users.as("secretary"))).andExpect(status().isOk());
		this.mvc
			.perform(form(post("/projects/new"), unique("越权"), brand("文明共建"), core(), ProjectStatus.ACTIVE, today,
					today.plusMonths(2))
				.with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能选择您所在组织及其下级组织作为牵头组织")));
		Long elsewhere = createAsStaff(unique("街道项目"));
		this.mvc.perform(get("/projects/" + elsewhere).with(this.users.as("secretary")))
			.andExpect(status().isNotFound());
		// the secretary's project is not the liaisons' business unless their unit
		// partners
		this.mvc.perform(get("/projects/" + own).with(this.users.as("liaison2"))).andExpect(status().isNotFound());
		// unknown ids are a 404 for everyone
		this.mvc.perform(get("/projects/999999999").with(this.users.as("staff"))).andExpect(status().isNotFound());
	}

	@Test
	void shouldShowASecretaryTheProjectsWithAPartnerUnitInTheirArea() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long unitInArea = asStaff(() -> this.units
			.search(new UnitFilter(null, null, null, area, null, null, null, null, null, null, null))
			.content()
			.get(0)
			.id());
		Long id = createAsStaff(unique("区域合作"), unitInArea);
		this.mvc.perform(get("/projects/" + id).with(this.users.as("secretary"))).andExpect(status().isOk());
		// seen through the partner, led elsewhere: not theirs to edit
		this.mvc.perform(get("/projects/" + id + "/edit").with(this.users.as("secretary")))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/projects").with(this.users.as("secretary")))
			.andExpect(content().string(containsString("href=\"/projects/" + id + "\"")));
	}

	private <T> T asStaff(java.util.function.Supplier<T> work) {
		UserDetails staff = this.userDetails.loadUserByUsername("staff");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void shouldOfferOptionsInScope() throws Exception {
		String name = unique("选项");
		createAsStaff(name, this.users.scopeUnitOf("liaison"));
		this.mvc.perform(get("/projects/new").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("健康教育")));
	}

}
