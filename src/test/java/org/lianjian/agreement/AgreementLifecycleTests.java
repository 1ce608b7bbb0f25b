package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.structure.OrganisationType;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every lifecycle step through the web, for each role: who may take it, in which status,
 * and what the refusal looks like (a Chinese message, a 403 for the wrong role, a 404
 * outside the scope; never a 500).
 */
@WebIntegrationTest
class AgreementLifecycleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	AgreementRepository agreements;

	@Autowired
	AgreementService service;

	@Autowired
	StructureService structure;

	@Autowired
	CommitmentRepository commitments;

	@Autowired
	UserDetailsService userDetails;

	Drafts drafts;

	@BeforeEach
	void drafts() {
		this.drafts = new Drafts(this.mvc, this.users, this.structure, this.commitments, this.userDetails);
	}

	private AgreementStatus statusOf(Long id) {
		return this.agreements.findById(id).orElseThrow().getStatus();
	}

	@Test
	void shouldLetALiaisonDraftAndSubmitAndStaffApprove() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long id = this.drafts.draft("liaison", this.drafts.spec("起草提交批准", unit));
		assertThat(statusOf(id)).isEqualTo(AgreementStatus.DRAFT);
		this.mvc.perform(get("/agreements/" + id).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("起草提交批准")))
			.andExpect(content().string(containsString("/agreements/" + id + "/edit")))
			.andExpect(content().string(containsString("/agreements/" + id + "/submit")))
			.andExpect(content().string(not(containsString("/agreements/" + id + "/approve"))));

		this.mvc.perform(post("/agreements/" + id + "/submit").with(this.users.as("liaison")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/agreements/" + id));
		assertThat(statusOf(id)).isEqualTo(AgreementStatus.SUBMITTED);

		this.mvc
			.perform(post("/agreements/" + id + "/approve").with(this.users.as("liaison"))
				.with(csrf())
				.param("signedOn", LocalDate.now().toString()))
			.andExpect(status().isForbidden());
		assertThat(statusOf(id)).isEqualTo(AgreementStatus.SUBMITTED);

		LocalDate signed = LocalDate.now().minusDays(2);
		this.mvc
			.perform(post("/agreements/" + id + "/approve").with(this.users.as("staff"))
				.with(csrf())
				.param("signedOn", signed.toString()))
			.andExpect(status().is3xxRedirection());
		JointBuildingAgreement a = this.agreements.findById(id).orElseThrow();
		assertThat(a.getStatus()).isEqualTo(AgreementStatus.ACTIVE);
		assertThat(a.getSignedOn()).isEqualTo(signed);
		this.mvc.perform(get("/agreements/" + id).with(this.users.as("liaison")))
			.andExpect(content().string(containsString("生效中")))
			.andExpect(content().string(containsString(signed.toString())))
			.andExpect(content().string(containsString("/agreements/" + id + "/renew")));
	}

	@Test
	void shouldApproveWithTodayAsTheDefaultSigningDateAndRefuseAFutureOne() throws Exception {
		Long id = this.drafts.submitted("liaison", "默认签订日期");
		this.mvc.perform(get("/agreements/" + id).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + LocalDate.now() + "\"")));
		this.mvc
			.perform(post("/agreements/" + id + "/approve").with(this.users.as("staff"))
				.with(csrf())
				.param("signedOn", LocalDate.now().plusDays(5).toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("签订日期不能晚于今天")));
		assertThat(statusOf(id)).isEqualTo(AgreementStatus.SUBMITTED);
	}

	@Test
	void shouldSendBackWithAReasonThatTheDrafterSees() throws Exception {
		Long id = this.drafts.submitted("liaison", "退回修改");
		this.mvc
			.perform(post("/agreements/" + id + "/send-back").with(this.users.as("staff"))
				.with(csrf())
				.param("reason", "  "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填")));
		assertThat(statusOf(id)).isEqualTo(AgreementStatus.SUBMITTED);
		this.mvc
			.perform(post("/agreements/" + id + "/send-back").with(this.users.as("liaison"))
				.with(csrf())
				.param("reason", "我自己退回"))
			.andExpect(status().isForbidden());

		this.mvc
			.perform(post("/agreements/" + id + "/send-back").with(this.users.as("staff"))
				.with(csrf())
				.param("reason", "请补充每年的讲座场次"))
			.andExpect(status().is3xxRedirection());
		JointBuildingAgreement a = this.agreements.findById(id).orElseThrow();
		assertThat(a.getStatus()).isEqualTo(AgreementStatus.DRAFT);
		assertThat(a.getReturnReason()).isEqualTo("请补充每年的讲座场次");
		this.mvc.perform(get("/agreements/" + id).with(this.users.as("liaison")))
			.andExpect(content().string(containsString("请补充每年的讲座场次")))
			.andExpect(content().string(containsString("退回原因")));

		// a draft sent back can be submitted again
		this.mvc.perform(post("/agreements/" + id + "/submit").with(this.users.as("liaison")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo(AgreementStatus.SUBMITTED);
	}

	@Test
	void shouldTerminateOnlyWithAReasonAndOnlyAsStaff() throws Exception {
		Long id = this.drafts.active("liaison", "提前终止");
		this.mvc.perform(
				post("/agreements/" + id + "/terminate").with(this.users.as("staff")).with(csrf()).param("reason", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此项为必填")));
		assertThat(statusOf(id)).isEqualTo(AgreementStatus.ACTIVE);
		this.mvc
			.perform(post("/agreements/" + id + "/terminate").with(this.users.as("liaison"))
				.with(csrf())
				.param("reason", "单位搬迁"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/agreements/" + id + "/terminate").with(this.users.as("staff"))
				.with(csrf())
				.param("reason", "x".repeat(501)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("原因不能超过 500 个字符")));
		this.mvc
			.perform(post("/agreements/" + id + "/terminate").with(this.users.as("staff"))
				.with(csrf())
				.param("reason", "单位整体搬迁出街道"))
			.andExpect(status().is3xxRedirection());
		JointBuildingAgreement a = this.agreements.findById(id).orElseThrow();
		assertThat(a.getStatus()).isEqualTo(AgreementStatus.TERMINATED);
		assertThat(a.getTerminationReason()).isEqualTo("单位整体搬迁出街道");
		assertThat(a.getTerminatedOn()).isEqualTo(LocalDate.now());
	}

	@Test
	void shouldRefuseApprovingADraftWithTheChineseIllegalTransitionMessage() throws Exception {
		Long id = this.drafts.draft("liaison", this.drafts.spec("草稿不能批准", this.users.scopeUnitOf("liaison")));
		this.mvc
			.perform(post("/agreements/" + id + "/approve").with(this.users.as("staff"))
				.with(csrf())
				.param("signedOn", LocalDate.now().toString()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("无法执行此操作：协议当前状态为“草稿”，此操作仅适用于“已提交”状态的协议。")));
		assertThat(statusOf(id)).isEqualTo(AgreementStatus.DRAFT);
	}

	@Test
	void shouldRefuseSubmittingADraftWithoutCommitments() throws Exception {
		Drafts.Spec spec = this.drafts.spec("没有承诺事项", this.users.scopeUnitOf("liaison")).withoutCommitments();
		Long id = this.drafts.draft("liaison", spec);
		this.mvc.perform(post("/agreements/" + id + "/submit").with(this.users.as("liaison")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("请至少填写一项承诺事项后再提交")));
		assertThat(statusOf(id)).isEqualTo(AgreementStatus.DRAFT);
	}

	@Test
	void shouldRefuseEditingAnActiveAgreement() throws Exception {
		Long id = this.drafts.active("liaison", "生效后不能编辑");
		long version = this.agreements.findById(id).orElseThrow().getVersion();
		this.mvc.perform(get("/agreements/" + id + "/edit").with(this.users.as("liaison")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("协议当前状态为“生效中”")));
		MockHttpServletRequestBuilder edit = post("/agreements/" + id + "/edit").with(this.users.as("staff"))
			.with(csrf())
			.param("version", String.valueOf(version));
		this.drafts.spec("生效后改了标题", this.users.scopeUnitOf("liaison")).apply(edit);
		this.mvc.perform(edit)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("此操作仅适用于“草稿”状态的协议")))
			.andExpect(content().string(containsString("生效后改了标题")));
		assertThat(this.agreements.findById(id).orElseThrow().getTitle()).startsWith("生效后不能编辑");
	}

	@Test
	void shouldAllowEachStepOnlyInItsStatusAndOnlyForItsRoles() throws Exception {
		// DRAFT: anyone in scope submits; nobody approves, sends back or terminates
		Long draft = this.drafts.draft("liaison", this.drafts.spec("矩阵草稿", this.users.scopeUnitOf("liaison"))
			.withOrg(this.users.scopeOrganisationOf("secretary")));
		expectRefused("staff", draft, "approve", 409);
		expectRefused("staff", draft, "send-back", 409);
		expectRefused("staff", draft, "terminate", 409);
		expectRefused("liaison", draft, "approve", 403);
		expectRefused("secretary", draft, "terminate", 403);
		expectRefused("liaison2", draft, "submit", 404);
		expectRefused("liaison2", draft, "approve", 404);
		assertThat(statusOf(draft)).isEqualTo(AgreementStatus.DRAFT);

		// the secretary of the community side may submit it
		this.mvc.perform(post("/agreements/" + draft + "/submit").with(this.users.as("secretary")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(draft)).isEqualTo(AgreementStatus.SUBMITTED);

		// SUBMITTED: staff approve or send back; submitting again or terminating is
		// refused
		expectRefused("liaison", draft, "submit", 409);
		expectRefused("staff", draft, "submit", 409);
		expectRefused("staff", draft, "terminate", 409);
		expectRefused("secretary", draft, "approve", 403);
		expectRefused("secretary", draft, "send-back", 403);

		this.mvc
			.perform(post("/agreements/" + draft + "/approve").with(this.users.as("admin"))
				.with(csrf())
				.param("signedOn", LocalDate.now().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(draft)).isEqualTo(AgreementStatus.ACTIVE);

		// ACTIVE: only termination (staff); the others are refused
		expectRefused("staff", draft, "submit", 409);
		expectRefused("staff", draft, "approve", 409);
		expectRefused("staff", draft, "send-back", 409);
		expectRefused("liaison", draft, "terminate", 403);
		expectRefused("secretary", draft, "terminate", 403);

		this.mvc
			.perform(post("/agreements/" + draft + "/terminate").with(this.users.as("staff"))
				.with(csrf())
				.param("reason", "矩阵测试终止"))
			.andExpect(status().is3xxRedirection());

		// TERMINATED: nothing more, not even renewal
		for (String step : new String[] { "submit", "approve", "send-back", "terminate" }) {
			expectRefused("staff", draft, step, 409);
		}
		this.mvc.perform(get("/agreements/" + draft + "/renew").with(this.users.as("liaison")))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("已终止")));
		assertThat(statusOf(draft)).isEqualTo(AgreementStatus.TERMINATED);
	}

	private void expectRefused(String user, Long id, String step, int status) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/agreements/" + id + "/" + step).with(this.users.as(user))
				.with(csrf())
				.param("signedOn", LocalDate.now().toString())
				.param("reason", "测试原因"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(user + " " + step).isEqualTo(status);
		if (status == 409) {
			assertThat(result.getResponse().getContentAsString()).contains("无法执行此操作");
		}
	}

	@Test
	void shouldLetASecretaryDraftOnlyForTheirOwnSubtree() throws Exception {
		Long own = this.users.scopeOrganisationOf("secretary");
		Long unit = this.users.scopeUnitOf("liaison2");
		this.mvc.perform(get("/agreements/new").with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<option value=\"" + own + "\" selected=\"selected\"")));
		Long id = this.drafts.draft("secretary", this.drafts.spec("书记起草", unit).withOrg(own));
		assertThat(this.agreements.findById(id).orElseThrow().getCommunityOrgId()).isEqualTo(own);

		Long elsewhere = this.drafts.residentialOrgOtherThan(own);
		MockHttpServletRequestBuilder request = post("/agreements/new").with(this.users.as("secretary")).with(csrf());
		this.drafts.spec("书记越权起草", unit).withOrg(elsewhere).apply(request);
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能选择本组织或其下属组织作为社区方")));
	}

	@Test
	void shouldMakeALiaisonIncludeTheirOwnUnit() throws Exception {
		MockHttpServletRequestBuilder request = post("/agreements/new").with(this.users.as("liaison")).with(csrf());
		this.drafts.spec("不含本单位", this.users.scopeUnitOf("liaison2")).withoutCommitments().apply(request);
		this.mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本单位必须是协议的一方")))
			.andExpect(content().string(containsString("不含本单位")));
		String form = this.mvc.perform(get("/agreements/new").with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the unit picker's checkbox of the liaison's own unit comes ticked
		assertThat(org.jsoup.Jsoup.parse(form).select("input[type=checkbox][name=unitIds][checked]").eachAttr("value"))
			.containsExactly(String.valueOf(this.users.scopeUnitOf("liaison")));
	}

	@Test
	void shouldExpireAgreementsWhoseTermHasEnded() throws Exception {
		LocalDate today = LocalDate.now();
		Long ended = this.drafts.active("liaison", this.drafts.spec("昨天到期", this.users.scopeUnitOf("liaison"))
			.withTerm(today.minusYears(1), today.minusDays(1)));
		Long endsToday = this.drafts.active("liaison",
				this.drafts.spec("今天到期", this.users.scopeUnitOf("liaison")).withTerm(today.minusYears(1), today));
		int expired = this.service.expireEnded(today);
		assertThat(expired).isGreaterThanOrEqualTo(1);
		assertThat(statusOf(ended)).isEqualTo(AgreementStatus.EXPIRED);
		assertThat(statusOf(endsToday)).isEqualTo(AgreementStatus.ACTIVE);
		this.mvc.perform(get("/agreements/" + ended).with(this.users.as("liaison")))
			.andExpect(content().string(containsString("到期")))
			.andExpect(content().string(containsString("/agreements/" + ended + "/renew")));
		// running it again the same day changes nothing
		this.service.expireEnded(today);
		assertThat(statusOf(endsToday)).isEqualTo(AgreementStatus.ACTIVE);
	}

	@Test
	void shouldPreFillARenewalWithTheOldCommitmentsAndTheOldTermsFigures() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long old = this.drafts.active("liaison", "续签原协议");
		JointBuildingAgreement a = this.agreements.findById(old).orElseThrow();
		Long unitCommitment = this.drafts.commitmentIds(old).get(0);
		this.mvc
			.perform(post("/agreements/" + old + "/fulfilments").with(this.users.as("liaison"))
				.with(csrf())
				.param("commitmentId", unitCommitment.toString())
				.param("happenedOn", LocalDate.now().toString())
				.param("description", "党课一场")
				.param("quantity", "3"))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/agreements/" + old + "/renew").with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("原协议期内的完成情况")))
			.andExpect(content().string(containsString("value=\"" + Drafts.UNIT_COMMITMENT + "\"")))
			.andExpect(content().string(containsString("value=\"" + Drafts.COMMUNITY_COMMITMENT + "\"")))
			.andExpect(content().string(containsString("<td class=\"text-end\">3</td>")))
			.andExpect(content().string(containsString("value=\"" + a.getTermEnd().plusDays(1) + "\"")));

		MockHttpServletRequestBuilder renew = post("/agreements/" + old + "/renew").with(this.users.as("liaison"))
			.with(csrf());
		this.drafts.spec("续签新协议", unit).withTerm(a.getTermEnd().plusDays(1), a.getTermEnd().plusYears(2)).apply(renew);
		MvcResult result = this.mvc.perform(renew).andExpect(status().is3xxRedirection()).andReturn();
		Long renewed = Drafts.idOf(result);
		JointBuildingAgreement fresh = this.agreements.findById(renewed).orElseThrow();
		assertThat(fresh.getStatus()).isEqualTo(AgreementStatus.DRAFT);
		assertThat(fresh.getRenewedFromId()).isEqualTo(old);
		this.mvc.perform(get("/agreements/" + old).with(this.users.as("liaison")))
			.andExpect(content().string(containsString("/agreements/" + renewed)))
			.andExpect(content().string(containsString(fresh.getNumber())));
		this.mvc.perform(get("/agreements/" + renewed).with(this.users.as("liaison")))
			.andExpect(content().string(containsString("续签自")))
			.andExpect(content().string(containsString(a.getNumber())));
	}

	/**
	 * Builds agreements through the web pages, as a real user would.
	 */
	static class Drafts {

		static final String UNIT_COMMITMENT = "每年为社区居民举办健康讲座";

		static final String COMMUNITY_COMMITMENT = "社区提供活动场地";

		private static final AtomicInteger SEQ = new AtomicInteger();

		private final MockMvc mvc;

		private final Users users;

		private final StructureService structure;

		private final CommitmentRepository commitments;

		private final UserDetailsService userDetails;

		Drafts(MockMvc mvc, Users users, StructureService structure, CommitmentRepository commitments,
				UserDetailsService userDetails) {
			this.mvc = mvc;
			this.users = users;
			this.structure = structure;
			this.commitments = commitments;
			this.userDetails = userDetails;
		}

		static String unique(String base) {
			return base + "-" + System.nanoTime() % 100000 + "-" + SEQ.incrementAndGet();
		}

		/** A residential-area organisation: the community side of a branch agreement. */
		Long residentialOrg() {
			return this.structure.optionsOfType(OrganisationType.RESIDENTIAL_PARTY_ORG).get(0).id();
		}

		Long residentialOrgOtherThan(Long id) {
			return this.structure.optionsOfType(OrganisationType.RESIDENTIAL_PARTY_ORG)
				.stream()
				.map((o) -> o.id())
				.filter((o) -> !o.equals(id))
				.findFirst()
				.orElseThrow();
		}

		Long core() {
			return this.structure.holderOf(StructureRole.CORE).orElseThrow();
		}

		/**
		 * A branch agreement with the unit, one commitment of the unit and one of the
		 * community.
		 */
		Spec spec(String title, Long unitId) {
			LocalDate start = LocalDate.now().withDayOfYear(1);
			return new Spec(unique(title), AgreementLevel.BRANCH, residentialOrg(), unitId, start,
					start.plusYears(2).minusDays(1), true, new BigDecimal("4"));
		}

		Long draft(String user, Spec spec) throws Exception {
			MockHttpServletRequestBuilder request = post("/agreements/new").with(this.users.as(user)).with(csrf());
			spec.apply(request);
			return idOf(this.mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn());
		}

		Long submitted(String user, String title) throws Exception {
			Long id = draft(user, spec(title, this.users.scopeUnitOf(user)));
			this.mvc.perform(post("/agreements/" + id + "/submit").with(this.users.as(user)).with(csrf()))
				.andExpect(status().is3xxRedirection());
			return id;
		}

		Long active(String user, String title) throws Exception {
			return active(user, spec(title, this.users.scopeUnitOf(user)));
		}

		Long active(String user, Spec spec) throws Exception {
			Long id = draft(user, spec);
			this.mvc.perform(post("/agreements/" + id + "/submit").with(this.users.as(user)).with(csrf()))
				.andExpect(status().is3xxRedirection());
			this.mvc
				.perform(post("/agreements/" + id + "/approve").with(this.users.as("staff"))
					.with(csrf())
					.param("signedOn", LocalDate.now().toString()))
				.andExpect(status().is3xxRedirection());
			return id;
		}

		/**
		 * The agreement's commitments in form order: the unit's first, then the
		 * community's.
		 */
		java.util.List<Long> commitmentIds(Long agreementId) {
			return this.commitments.findByAgreementIds(java.util.List.of(agreementId))
				.stream()
				.map(Commitment::getId)
				.toList();
		}

		/** Runs code as a real account, for calls straight into the services. */
		void as(String username, Runnable action) {
			UserDetails user = this.userDetails.loadUserByUsername(username);
			var previous = SecurityContextHolder.getContext().getAuthentication();
			SecurityContextHolder.getContext()
				.setAuthentication(
						UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
			try {
				action.run();
			}
			finally {
				SecurityContextHolder.getContext().setAuthentication(previous);
			}
		}

		static Long idOf(MvcResult result) {
			String location = result.getResponse().getRedirectedUrl();
			assertThat(location).startsWith("/agreements/");
			return Long.valueOf(location.substring("/agreements/".length()));
		}

		/**
		 * What the form posts.
		 */
		record Spec(String title, AgreementLevel level, Long orgId, Long unitId, LocalDate start, LocalDate end,
				boolean commitments, @Nullable BigDecimal target) {

			Spec withoutCommitments() {
				return new Spec(this.title, this.level, this.orgId, this.unitId, this.start, this.end, false,
						this.target);
			}

			Spec withOrg(Long org) {
				return new Spec(this.title, this.level, org, this.unitId, this.start, this.end, this.commitments,
						this.target);
			}

			Spec withTerm(LocalDate from, LocalDate to) {
				return new Spec(this.title, this.level, this.orgId, this.unitId, from, to, this.commitments,
						this.target);
			}

			Spec withTarget(@Nullable BigDecimal quantity) {
				return new Spec(this.title, this.level, this.orgId, this.unitId, this.start, this.end, this.commitments,
						quantity);
			}

			void apply(MockHttpServletRequestBuilder request) {
				request.param("title", this.title)
					.param("level", this.level.name())
					.param("communityOrgId", this.orgId.toString())
					.param("unitIds", this.unitId.toString())
					.param("areas", "PARTY_BUILDING", "HEALTH")
					.param("termStart", this.start.toString())
					.param("termEnd", this.end.toString())
					.param("summary", "双方共建，资源共享");
				if (this.commitments) {
					request.param("commitments[0].description", UNIT_COMMITMENT)
						.param("commitments[0].responsibleUnitId", this.unitId.toString())
						.param("commitments[0].area", "HEALTH")
						.param("commitments[0].targetQuantity", this.target == null ? "" : this.target.toPlainString())
						.param("commitments[0].targetUnit", "场")
						.param("commitments[0].perYear", "true")
						.param("_commitments[0].perYear", "on")
						.param("commitments[1].description", COMMUNITY_COMMITMENT)
						.param("commitments[1].responsibleUnitId", "")
						.param("commitments[1].area", "PARTY_BUILDING")
						.param("commitments[1].targetQuantity", "")
						.param("commitments[1].targetUnit", "")
						.param("_commitments[1].perYear", "on");
				}
				else {
					// the blank row the form starts with is left empty and ignored
					request.param("commitments[0].description", "")
						.param("commitments[0].responsibleUnitId", "")
						.param("commitments[0].area", "")
						.param("commitments[0].targetQuantity", "")
						.param("commitments[0].targetUnit", "")
						.param("commitments[0].perYear", "true");
				}
			}

		}

	}

}
