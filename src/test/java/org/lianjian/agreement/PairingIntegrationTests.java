package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.lianjian.structure.OrganisationForm;
import org.lianjian.structure.OrganisationType;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;
import org.lianjian.unit.UnitService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Pairings (结对): created by staff or a secretary for their subtree, shown on both sides,
 * linked to the agreements between the same parties, never duplicated, ended.
 */
@WebIntegrationTest
class PairingIntegrationTests {

	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	PairingService pairings;

	@Autowired
	PairingRepository pairingRepository;

	@Autowired
	AgreementService agreements;

	@Autowired
	AgreementRepository agreementRepository;

	@Autowired
	StructureService structure;

	@Autowired
	UnitService units;

	private static String unique(String base) {
		return base + (System.nanoTime() % 100000) + "-" + SEQ.incrementAndGet();
	}

	/** Runs with a signed-in account's role and scope, as a request would. */
	private <T> T as(String username, Supplier<T> action) {
		return this.users.call(username, action);
	}

	private Long staffCreate(PairingForm form) {
		return as("staff", () -> this.pairings.create(form));
	}

	private List<AgreementViews.PairingView> staffForOrganisation(Long org) {
		return as("staff", () -> this.pairings.forOrganisation(org));
	}

	private List<AgreementViews.PairingView> staffForUnit(Long unit) {
		return as("staff", () -> this.pairings.forUnit(unit));
	}

	private AgreementViews.Detail staffDetail(Long id) {
		return as("staff", () -> this.agreements.detail(id));
	}

	/** A fresh residential-area organisation, so no earlier pairing gets in the way. */
	private Long newOrganisation(Long parent) {
		return as("staff", () -> this.structure.create(new OrganisationForm(OrganisationType.RESIDENTIAL_PARTY_ORG,
				unique("结对测试居民区党支部"), null, parent, "测试书记", "021-65550000", 30, null)));
	}

	private Long newUnit(Long areaId) {
		return as("staff", () -> this.units.register(unique("结对测试单位"), null, areaId));
	}

	private Long residentialNetwork() {
		return this.structure.holderOf(StructureRole.NETWORK_RESIDENTIAL).orElseThrow();
	}

	private Long pairingBetween(Long org, Long unit) {
		return this.pairingRepository.findByUnitIdOrderByStartDateDesc(unit)
			.stream()
			.filter((p) -> p.getOrganisationId().equals(org))
			.findFirst()
			.orElseThrow()
			.getId();
	}

	private Long draft(Long org, Long unit) {
		LocalDate start = LocalDate.now().withDayOfYear(1);
		return as("staff", () -> this.agreements.createDraft(new AgreementForm(unique("结对双方的共建协议"),
				AgreementLevel.BRANCH, org, new ArrayList<>(List.of(unit)), EnumSet.of(CooperationArea.ELDERLY), start,
				start.plusYears(2).minusDays(1), null, null, null, new ArrayList<>(List.of(new CommitmentForm(null,
						"为老服务", unit, CooperationArea.ELDERLY, new BigDecimal("12"), "次", true, null))),
				null)));
	}

	@Test
	void shouldCreateAnOrganisationUnitPairingAndShowItOnBothSides() throws Exception {
		Long org = newOrganisation(residentialNetwork());
		Long unit = newUnit(org);
		Long earlierAgreement = draft(org, unit);

		this.mvc
			.perform(post("/pairings").with(this.users.as("staff"))
				.with(csrf())
				.param("organisationId", org.toString())
				.param("unitId", unit.toString())
				.param("partnerOrgId", "")
				.param("startDate", LocalDate.now().minusMonths(2).toString())
				.param("endDate", "")
				.param("note", "双方每季度召开一次联席会议"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/structure/organisations/" + org));
		Long pairing = pairingBetween(org, unit);

		List<AgreementViews.PairingView> onOrg = staffForOrganisation(org);
		assertThat(onOrg).singleElement().satisfies((p) -> {
			assertThat(p.id()).isEqualTo(pairing);
			assertThat(p.unitId()).isEqualTo(unit);
			assertThat(p.partnerName()).startsWith("结对测试单位");
			assertThat(p.note()).isEqualTo("双方每季度召开一次联席会议");
			assertThat(p.active(LocalDate.now())).isTrue();
		});
		assertThat(staffForUnit(unit)).extracting(AgreementViews.PairingView::id).containsExactly(pairing);

		// the agreement drafted before the pairing was linked when it was created
		assertThat(this.agreementRepository.findById(earlierAgreement).orElseThrow().getPairingId()).isEqualTo(pairing);
		// one drafted afterwards is linked on save
		Long laterAgreement = draft(org, unit);
		assertThat(staffDetail(laterAgreement).pairing()).isNotNull()
			.extracting(AgreementViews.PairingView::id)
			.isEqualTo(pairing);
	}

	@Test
	void shouldRefuseADuplicateActivePairingInChinese() throws Exception {
		Long org = newOrganisation(residentialNetwork());
		Long unit = newUnit(org);
		staffCreate(new PairingForm(org, unit, null, LocalDate.now().minusYears(1), null, null));

		this.mvc
			.perform(post("/pairings").with(this.users.as("staff"))
				.with(csrf())
				.param("organisationId", org.toString())
				.param("unitId", unit.toString())
				.param("startDate", LocalDate.now().toString())
				.param("note", "重复的结对"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("双方之间已有一个在该时段有效的结对")))
			.andExpect(content().string(containsString("value=\"重复的结对\"")));
		assertThat(staffForUnit(unit)).hasSize(1);
	}

	@Test
	void shouldPairTwoBranchesOnceInEitherDirection() {
		Long a = newOrganisation(residentialNetwork());
		Long b = newOrganisation(residentialNetwork());
		Long id = staffCreate(new PairingForm(a, null, b, LocalDate.now(), null, "支部共建"));

		assertThat(staffForOrganisation(a)).extracting(AgreementViews.PairingView::id).containsExactly(id);
		assertThat(staffForOrganisation(b)).extracting(AgreementViews.PairingView::id).containsExactly(id);
		assertThat(ruleOf(() -> staffCreate(new PairingForm(b, null, a, LocalDate.now(), null, null))))
			.isEqualTo("pairings.duplicate");
	}

	@Test
	void shouldValidateTheParties() {
		Long org = newOrganisation(residentialNetwork());
		Long unit = newUnit(org);
		LocalDate today = LocalDate.now();
		assertThat(ruleOf(() -> staffCreate(new PairingForm(org, null, null, today, null, null))))
			.isEqualTo("pairings.partner.exactlyOne");
		assertThat(ruleOf(() -> staffCreate(new PairingForm(org, unit, org, today, null, null))))
			.isEqualTo("pairings.partner.exactlyOne");
		assertThat(ruleOf(() -> staffCreate(new PairingForm(org, null, org, today, null, null))))
			.isEqualTo("pairings.partner.self");
		assertThat(ruleOf(() -> staffCreate(new PairingForm(org, Long.MAX_VALUE, null, today, null, null))))
			.isEqualTo("pairings.unit.unknown");
		assertThat(ruleOf(() -> staffCreate(new PairingForm(org, unit, null, today, today.minusDays(1), null))))
			.isEqualTo("pairings.dates.order");
	}

	@Test
	void shouldReRenderTheFormWithFieldErrors() throws Exception {
		this.mvc
			.perform(post("/pairings").with(this.users.as("staff"))
				.with(csrf())
				.param("organisationId", "")
				.param("unitId", "")
				.param("startDate", LocalDate.now().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("此项为必填")));
		this.mvc
			.perform(post("/pairings").with(this.users.as("staff"))
				.with(csrf())
				.param("organisationId", "")
				.param("startDate", "不是日期"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")))
			.andExpect(content().string(containsString("value=\"不是日期\"")));
		this.mvc.perform(get("/pairings/new").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("新建结对关系")));
	}

	@Test
	void shouldNotLetALiaisonCreateAPairing() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long org = newOrganisation(residentialNetwork());
		this.mvc.perform(get("/pairings/new").with(this.users.as("liaison"))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/pairings").with(this.users.as("liaison"))
				.with(csrf())
				.param("organisationId", org.toString())
				.param("unitId", unit.toString())
				.param("startDate", LocalDate.now().toString()))
			.andExpect(status().isForbidden());
		assertThat(this.pairingRepository.findByOrganisation(org)).isEmpty();
	}

	@Test
	void shouldScopeReadsAndWrites() throws Exception {
		Long liaisonUnit = this.users.scopeUnitOf("liaison");
		Long org = newOrganisation(residentialNetwork());
		Long other = newUnit(org);
		Long own = staffCreate(new PairingForm(org, liaisonUnit, null, LocalDate.now(), null, null));
		Long foreign = staffCreate(new PairingForm(org, other, null, LocalDate.now(), null, null));

		// the liaison sees only their unit's pairing, on either page
		assertThat(as("liaison", () -> this.pairings.forOrganisation(org))).extracting(AgreementViews.PairingView::id)
			.containsExactly(own);
		assertThat(as("liaison", () -> this.pairings.forUnit(liaisonUnit))).extracting(AgreementViews.PairingView::id)
			.contains(own);
		assertThat(as("liaison2", () -> this.pairings.forUnit(liaisonUnit))).isEmpty();
		// a secretary of another area sees neither, and cannot end them
		assertThat(as("secretary", () -> this.pairings.forOrganisation(org))).isEmpty();
		this.mvc.perform(post("/pairings/" + foreign + "/end").with(this.users.as("secretary")).with(csrf()))
			.andExpect(status().isNotFound());
		// a liaison who sees a pairing still may not end it; another liaison gets 404
		this.mvc.perform(post("/pairings/" + own + "/end").with(this.users.as("liaison")).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/pairings/" + own + "/end").with(this.users.as("liaison2")).with(csrf()))
			.andExpect(status().isNotFound());
		assertThat(this.pairingRepository.findById(own).orElseThrow().getEndDate()).isNull();
	}

	@Test
	void shouldLetASecretaryPairOrganisationsOfTheirSubtreeOnly() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long branch = newOrganisation(area);
		Long unit = newUnit(area);
		Long outside = newOrganisation(residentialNetwork());

		this.mvc
			.perform(post("/pairings").with(this.users.as("secretary"))
				.with(csrf())
				.param("organisationId", branch.toString())
				.param("unitId", unit.toString())
				.param("startDate", LocalDate.now().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(as("secretary", () -> this.pairings.forOrganisation(branch))).hasSize(1);

		this.mvc
			.perform(post("/pairings").with(this.users.as("secretary"))
				.with(csrf())
				.param("organisationId", outside.toString())
				.param("unitId", unit.toString())
				.param("startDate", LocalDate.now().toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能为本组织或其下属组织建立结对")));
		assertThat(this.pairingRepository.findByOrganisation(outside)).isEmpty();
	}

	@Test
	void shouldEndAPairing() throws Exception {
		Long org = newOrganisation(residentialNetwork());
		Long unit = newUnit(org);
		Long id = staffCreate(new PairingForm(org, unit, null, LocalDate.now().minusYears(2), null, null));

		this.mvc
			.perform(post("/pairings/" + id + "/end").with(this.users.as("staff"))
				.with(csrf())
				.param("back", "/units/" + unit))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/units/" + unit));
		assertThat(this.pairingRepository.findById(id).orElseThrow().getEndDate()).isEqualTo(LocalDate.now());
		assertThat(ruleOf(() -> {
			this.users.call("staff", () -> {
				this.pairings.end(id, null);
				return null;
			});
			return null;
		})).isEqualTo("pairings.alreadyEnded");

		// no open redirect: a foreign "back" falls back to the organisation page
		Long again = staffCreate(new PairingForm(org, unit, null, LocalDate.now().plusDays(1), null, null));
		this.mvc
			.perform(post("/pairings/" + again + "/end").with(this.users.as("staff"))
				.with(csrf())
				.param("on", LocalDate.now().plusDays(30).toString())
				.param("back", "https://evil.example/"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/structure/organisations/" + org));
		assertThat(this.pairingRepository.findById(again).orElseThrow().getEndDate())
			.isEqualTo(LocalDate.now().plusDays(30));
	}

	private static String ruleOf(Supplier<?> action) {
		try {
			action.get();
		}
		catch (org.lianjian.shared.web.RuleViolationException ex) {
			return ex.getCode();
		}
		throw new AssertionError("not refused");
	}

}
