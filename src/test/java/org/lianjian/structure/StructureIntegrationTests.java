package org.lianjian.structure;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class StructureIntegrationTests {

	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	StructureService structure;

	@Autowired
	OrganisationRepository organisations;

	private Long network(StructureRole role) {
		return this.structure.holderOf(role).orElseThrow();
	}

	private Long createVia(Long parentId, String name) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/structure/organisations/new").with(this.users.as("staff"))
				.with(csrf())
				.param("parentId", parentId.toString())
				.param("type", "RESIDENTIAL_PARTY_ORG")
				.param("name", name)
				.param("shortName", "")
				.param("secretaryName", "测试书记")
				.param("contact", "021-65550000")
				.param("memberCount", "42"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/structure/organisations/*"))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		return Long.valueOf(location.substring(location.lastIndexOf('/') + 1));
	}

	private static String unique(String base) {
		return base + "-" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
	}

	@Test
	void shouldCreateAnOrganisationUnderANetworkAndListIt() throws Exception {
		Long residential = network(StructureRole.NETWORK_RESIDENTIAL);
		String name = unique("新建居民区党总支");
		Long id = createVia(residential, name);

		Organisation saved = this.organisations.findById(id).orElseThrow();
		assertThat(saved.getName()).isEqualTo(name);
		assertThat(saved.parentId()).isEqualTo(residential);
		assertThat(saved.getMemberCount()).isEqualTo(42);

		this.mvc
			.perform(get("/structure/organisations").param("under", residential.toString())
				.param("q", name)
				.with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		this.mvc.perform(get("/structure/organisations/" + id).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void shouldReRenderFormWithChineseFieldErrors() throws Exception {
		this.mvc
			.perform(post("/structure/organisations/new").with(this.users.as("staff"))
				.with(csrf())
				.param("parentId", network(StructureRole.NETWORK_RESIDENTIAL).toString())
				.param("type", "")
				.param("name", "  ")
				.param("memberCount", "3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("此项为必填")));
		this.mvc
			.perform(post("/structure/organisations/new").with(this.users.as("staff"))
				.with(csrf())
				.param("parentId", network(StructureRole.NETWORK_RESIDENTIAL).toString())
				.param("type", "OTHER")
				.param("name", "党员数写成了文字")
				.param("memberCount", "很多"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入整数")))
			.andExpect(content().string(containsString("value=\"党员数写成了文字\"")));
		this.mvc
			.perform(post("/structure/organisations/new").with(this.users.as("staff"))
				.with(csrf())
				.param("type", "OTHER")
				.param("name", "没有上级")
				.param("memberCount", "-3"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能小于 0")))
			.andExpect(content().string(containsString("此项为必填")));
		// a blank member count would be stored as 0: asked for instead
		this.mvc
			.perform(post("/structure/organisations/new").with(this.users.as("staff"))
				.with(csrf())
				.param("parentId", network(StructureRole.NETWORK_RESIDENTIAL).toString())
				.param("type", "OTHER")
				.param("name", "党员数没填")
				.param("memberCount", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写人数，没有请填 0")));
	}

	@Test
	void shouldEditAndRefuseAStaleEditKeepingTheInput() throws Exception {
		Long id = createVia(network(StructureRole.NETWORK_ADMINISTRATIVE), unique("机关支部"));
		long version = this.organisations.findById(id).orElseThrow().getVersion();

		this.mvc
			.perform(post("/structure/organisations/" + id + "/edit").with(this.users.as("staff"))
				.with(csrf())
				.param("type", "OTHER")
				.param("name", "第一次修改")
				.param("memberCount", "7")
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.organisations.findById(id).orElseThrow().getName()).isEqualTo("第一次修改");

		this.mvc
			.perform(post("/structure/organisations/" + id + "/edit").with(this.users.as("admin"))
				.with(csrf())
				.param("type", "OTHER")
				.param("name", "过时的修改")
				.param("memberCount", "9")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("其他人已修改了这条记录")))
			.andExpect(content().string(containsString("value=\"过时的修改\"")))
			.andExpect(content().string(containsString("第一次修改")));
		assertThat(this.organisations.findById(id).orElseThrow().getName()).isEqualTo("第一次修改");
	}

	@Test
	void shouldMoveButRefuseMovingUnderItsOwnDescendant() throws Exception {
		Long parent = createVia(network(StructureRole.NETWORK_RESIDENTIAL), unique("上级"));
		Long child = createVia(parent, unique("下级"));
		Long grandchild = createVia(child, unique("再下级"));
		long version = this.organisations.findById(parent).orElseThrow().getVersion();

		for (Long target : new Long[] { grandchild, parent }) {
			this.mvc
				.perform(post("/structure/organisations/" + parent + "/move").with(this.users.as("staff"))
					.with(csrf())
					.param("parentId", target.toString())
					.param("version", String.valueOf(version)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("不能把组织调整到它自己或它的下级组织之下")));
		}
		assertThat(this.organisations.findById(parent).orElseThrow().parentId())
			.isEqualTo(network(StructureRole.NETWORK_RESIDENTIAL));

		Long comprehensive = network(StructureRole.NETWORK_COMPREHENSIVE);
		this.mvc
			.perform(post("/structure/organisations/" + parent + "/move").with(this.users.as("staff"))
				.with(csrf())
				.param("parentId", comprehensive.toString())
				.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		assertThat(this.organisations.findById(parent).orElseThrow().parentId()).isEqualTo(comprehensive);
		assertThat(this.structure.subtreeIds(comprehensive)).contains(parent, child, grandchild);
	}

	@Test
	void shouldRefuseToMoveTheCore() throws Exception {
		Long core = network(StructureRole.CORE);
		long version = this.organisations.findById(core).orElseThrow().getVersion();
		this.mvc
			.perform(post("/structure/organisations/" + core + "/move").with(this.users.as("staff"))
				.with(csrf())
				.param("parentId", network(StructureRole.CIRCLE).toString())
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk());
		assertThat(this.organisations.findById(core).orElseThrow().getParent()).isNull();
	}

	@Test
	void shouldRetireOnlyWithoutActiveChildren() throws Exception {
		Long parent = createVia(network(StructureRole.NETWORK_ADMINISTRATIVE), unique("待撤销"));
		Long child = createVia(parent, unique("仍在运行"));

		retire(parent).andExpect(status().isOk()).andExpect(content().string(containsString("该组织还有正常状态的下级组织")));
		assertThat(this.organisations.findById(parent).orElseThrow().isActive()).isTrue();

		retire(child).andExpect(status().is3xxRedirection());
		retire(parent).andExpect(status().is3xxRedirection());
		Organisation retired = this.organisations.findById(parent).orElseThrow();
		assertThat(retired.getStatus()).isEqualTo(OrganisationStatus.RETIRED);
		assertThat(retired.getRetiredOn()).isEqualTo(LocalDate.of(2026, 1, 31));

		// nothing is deleted: the page still answers, and new children cannot be added
		this.mvc.perform(get("/structure/organisations/" + parent).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("已撤销")));
		this.mvc
			.perform(post("/structure/organisations/new").with(this.users.as("staff"))
				.with(csrf())
				.param("parentId", parent.toString())
				.param("type", "OTHER")
				.param("name", "挂到已撤销组织")
				.param("memberCount", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("上级组织已撤销")));
	}

	@Test
	void shouldRefuseToRetireAStructureNode() throws Exception {
		Long circle = network(StructureRole.CIRCLE);
		long version = this.organisations.findById(circle).orElseThrow().getVersion();
		this.mvc
			.perform(post("/structure/organisations/" + circle + "/retire").with(this.users.as("staff"))
				.with(csrf())
				.param("retiredOn", "2026-01-31")
				.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("不能撤销")));
	}

	private org.springframework.test.web.servlet.ResultActions retire(Long id) throws Exception {
		long version = this.organisations.findById(id).orElseThrow().getVersion();
		return this.mvc.perform(post("/structure/organisations/" + id + "/retire").with(this.users.as("staff"))
			.with(csrf())
			.param("retiredOn", "2026-01-31")
			.param("version", String.valueOf(version)));
	}

	@Test
	void shouldCountMembershipsAsOfADay() throws Exception {
		Long org = createVia(network(StructureRole.NETWORK_RESIDENTIAL), unique("成员测试"));
		Long committee = this.structure.optionsOfType(OrganisationType.CO_GOVERNANCE_COMMITTEE).get(0).id();
		long before = this.structure.membersOn(LocalDate.of(2024, 12, 31)).getOrDefault(committee, 0L);
		long during = this.structure.membersOn(LocalDate.of(2025, 12, 31)).getOrDefault(committee, 0L);

		this.mvc
			.perform(post("/structure/organisations/" + org + "/memberships").with(this.users.as("staff"))
				.with(csrf())
				.param("groupId", committee.toString())
				.param("role", "MEMBER")
				.param("validFrom", "2025-03-01")
				.param("validTo", "2026-06-30"))
			.andExpect(status().is3xxRedirection());

		assertThat(this.structure.membersOn(LocalDate.of(2024, 12, 31)).getOrDefault(committee, 0L)).isEqualTo(before);
		assertThat(this.structure.membersOn(LocalDate.of(2025, 12, 31)).getOrDefault(committee, 0L))
			.isEqualTo(during + 1);

		this.mvc
			.perform(post("/structure/organisations/" + org + "/memberships").with(this.users.as("staff"))
				.with(csrf())
				.param("groupId", committee.toString())
				.param("role", "MEMBER")
				.param("validFrom", "2025-03-01")
				.param("validTo", "2024-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束日期不能早于起始日期")));
	}

	@Test
	void shouldAnswer404ForMissingOrMalformedIds() throws Exception {
		this.mvc.perform(get("/structure/organisations/987654321").with(this.users.as("staff")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/structure/organisations/abc").with(this.users.as("staff")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/structure/organisations/987654321/edit").with(this.users.as("staff"))
				.with(csrf())
				.param("type", "OTHER")
				.param("name", "x")
				.param("version", "0"))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldDrawTheOverviewWithCounts() throws Exception {
		StructureOverview overview = this.structure.overview();
		assertThat(overview.core()).isNotNull();
		assertThat(overview.networks()).hasSize(4).allSatisfy((n) -> assertThat(n.id()).isNotNull());
		assertThat(overview.committees()).hasSize(6);
		long residentialAreas = this.structure
			.search(network(StructureRole.NETWORK_RESIDENTIAL), OrganisationType.RESIDENTIAL_PARTY_ORG,
					OrganisationStatus.ACTIVE, null, 0, 100)
			.totalElements();
		assertThat(overview.networks().get(1).count()).isGreaterThanOrEqualTo(residentialAreas);
		this.mvc.perform(get("/structure").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("中共曲阳街道工作委员会")))
			.andExpect(content()
				.string(containsString("/structure/organisations?under=" + overview.networks().get(0).id())));
	}

}
