package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.structure.StructureService;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The one-commitment delivery form: what it shows, that saving lands on the commitment
 * with its new progress, who may use it (everyone else: 404), and that a failed save
 * keeps the input and names each field in the summary on top.
 */
@WebIntegrationTest
class DeliveryFormTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	StructureService structure;

	@Autowired
	CommitmentRepository commitments;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	FulfilmentRepository fulfilments;

	@Autowired
	Clock clock;

	AgreementLifecycleTests.Drafts drafts;

	@BeforeEach
	void drafts() {
		this.drafts = new AgreementLifecycleTests.Drafts(this.mvc, this.users, this.structure, this.commitments,
				this.userDetails);
	}

	private static String path(Long agreementId, Long commitmentId) {
		return "/agreements/" + agreementId + "/commitments/" + commitmentId + "/deliver";
	}

	private String page(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(this.users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void shouldShowTheCommitmentAndSaveBackToItsRowWithTheNewProgress() throws Exception {
		Long id = this.drafts.active("liaison", AgreementLifecycleTests.Drafts.unique("履约表单"));
		Long own = this.drafts.commitmentIds(id).get(0);
		LocalDate today = LocalDate.now(this.clock);

		String form = page("liaison", path(id, own));
		assertThat(form).contains(AgreementLifecycleTests.Drafts.UNIT_COMMITMENT, "已完成 0 / 目标 4 场",
				"id=\"quantity-unit\">场<", "value=\"" + today + "\"", "name=\"description\"");

		this.mvc
			.perform(post(path(id, own)).with(this.users.as("liaison"))
				.with(csrf())
				.param("commitmentId", own.toString())
				.param("happenedOn", today.toString())
				.param("description", "联合党课")
				.param("quantity", "2"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/agreements/" + id + "#commitment-" + own))
			.andExpect(flash().attribute("delivered", own));
		assertThat(this.fulfilments.findByAgreementIdOrderByHappenedOnDescIdDesc(id)).singleElement()
			.satisfies((f) -> assertThat(f.getDescription()).isEqualTo("联合党课"));
		// the form shows the new progress too, and so does the agreement page's row
		assertThat(page("liaison", path(id, own))).contains("已完成 2 / 目标 4 场");
		String detail = page("liaison", "/agreements/" + id);
		assertThat(detail).contains("id=\"commitment-" + own + "\"", "已完成 2 / 目标 4 场", "href=\"" + path(id, own));
	}

	@Test
	void shouldAnswerNotFoundOutsideTheLiaisonsOwnCommitmentsInForce() throws Exception {
		Long id = this.drafts.active("liaison", AgreementLifecycleTests.Drafts.unique("履约范围"));
		List<Long> ids = this.drafts.commitmentIds(id);
		Long own = ids.get(0);
		Long community = ids.get(1);
		Long draft = this.drafts.draft("liaison",
				this.drafts.spec(AgreementLifecycleTests.Drafts.unique("履约草稿"), this.users.scopeUnitOf("liaison")));
		Long draftCommitment = this.drafts.commitmentIds(draft).get(0);

		// another unit's liaison, the community side's commitment, an agreement not in
		// force, and a commitment of another agreement under this one's address
		this.mvc.perform(get(path(id, own)).with(this.users.as("liaison2"))).andExpect(status().isNotFound());
		this.mvc.perform(get(path(id, community)).with(this.users.as("liaison"))).andExpect(status().isNotFound());
		this.mvc.perform(get(path(draft, draftCommitment)).with(this.users.as("liaison")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get(path(id, draftCommitment)).with(this.users.as("liaison")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(path(id, own)).with(this.users.as("liaison2"))
				.with(csrf())
				.param("commitmentId", own.toString())
				.param("happenedOn", LocalDate.now(this.clock).toString())
				.param("description", "越权")
				.param("quantity", "1"))
			.andExpect(status().isNotFound());
		// staff may log for any commitment, as on the agreement page
		this.mvc.perform(get(path(id, community)).with(this.users.as("staff"))).andExpect(status().isOk());
		assertThat(this.fulfilments.findByAgreementIdOrderByHappenedOnDescIdDesc(id)).isEmpty();
	}

	@Test
	void shouldKeepTheInputAndSummariseTheFieldsInErrorOnTop() throws Exception {
		Long id = this.drafts.active("liaison", AgreementLifecycleTests.Drafts.unique("履约出错"));
		Long own = this.drafts.commitmentIds(id).get(0);
		String page = this.mvc
			.perform(post(path(id, own)).with(this.users.as("liaison"))
				.with(csrf())
				.param("commitmentId", own.toString())
				.param("happenedOn", LocalDate.now(this.clock).plusDays(3).toString())
				.param("description", "")
				.param("quantity", "5000"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// the date in the future and the missing note; the quantity is checked by the
		// rules only once the form itself is valid
		assertThat(page).contains("2 处需要修改", "href=\"#description\"", "href=\"#happenedOn\"",
				"id=\"form-error-summary\"", "value=\"5000\"");
		assertThat(page.indexOf("form-error-summary")).isLessThan(page.indexOf("name=\"description\""));

		String tooMuch = this.mvc
			.perform(post(path(id, own)).with(this.users.as("liaison"))
				.with(csrf())
				.param("commitmentId", own.toString())
				.param("happenedOn", LocalDate.now(this.clock).toString())
				.param("description", "太多了")
				.param("quantity", "5000"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(tooMuch).contains("1 处需要修改", "href=\"#quantity\"", "一条履约记录最多记 1000");
		assertThat(this.fulfilments.findByAgreementIdOrderByHappenedOnDescIdDesc(id)).isEmpty();
	}

	@Test
	void shouldListTheLiaisonsCommitmentsInForceOnTheHomePage() throws Exception {
		Long id = this.drafts.active("liaison", AgreementLifecycleTests.Drafts.unique("首页履约"));
		List<Long> ids = this.drafts.commitmentIds(id);
		String home = page("liaison", "/");
		assertThat(home).contains("href=\"" + path(id, ids.get(0)) + "\"")
			.doesNotContain("href=\"" + path(id, ids.get(1)) + "\"");
		assertThat(page("liaison2", "/")).doesNotContain(path(id, ids.get(0)));
		assertThat(page("staff", "/")).doesNotContain("id=\"deliveries\"");
	}

}
