package org.lianjian.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lianjian.account.AccountService;
import org.lianjian.activity.ActivityService;
import org.lianjian.activity.HeldForm;
import org.lianjian.agreement.AgreementService;
import org.lianjian.support.StatementCounter;
import org.lianjian.support.TestClock;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each role's home page starts with "待办": a seeded situation shows up as an item that
 * links to the form where it is done, and once done it leaves the list. A liaison's
 * delivery list costs the same statements however many commitments it shows.
 */
@WebIntegrationTest
class HomeTodoTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AgreementService agreements;

	@Autowired
	ActivityService activities;

	@Autowired
	AccountService accounts;

	@Autowired
	StatementCounter statements;

	@Autowired
	java.time.Clock clock;

	@AfterEach
	void runTheClockAgain() {
		((TestClock) this.clock).reset();
	}

	@Test
	void staffApproveTheAgreementWaitingForThem() throws Exception {
		String title = "todo approve " + System.nanoTime();
		Long id = agreement(title, "SUBMITTED", LocalDate.now().plusYears(5));
		Element item = item(home("staff"), "submitted", title);
		assertThat(item.attr("href")).isEqualTo("/agreements/" + id);

		this.users.call("staff", () -> {
			this.agreements.approve(id, LocalDate.now());
			return null;
		});
		assertThat(kind(home("staff"), "submitted").text()).doesNotContain(title);
	}

	@Test
	void aLiaisonEntersTheHoursOfAHeldActivity() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		String title = "todo hours " + System.nanoTime();
		Long activity = this.jdbc.queryForObject("""
				insert into activity (title, type, start_at, end_at, organiser_org_id, status, residents_served)
				values (?, 'CULTURE', ?, ?, ?, 'HELD', 20) returning id""", Long.class, title,
				LocalDateTime.now().minusHours(3), LocalDateTime.now().minusHours(2),
				this.users.scopeOrganisationOf("secretary"));
		this.jdbc.update("insert into activity_partner (activity_id, unit_id) values (?, ?)", activity, unit);
		Element item = item(home("liaison"), "hours", title);
		assertThat(item.attr("href")).isEqualTo("/activities/" + activity + "/held");

		this.users.call("liaison", () -> {
			HeldForm form = this.activities.heldForm(activity);
			this.activities.markHeld(activity, new HeldForm(form.residentsServed(), form.summary(),
					List.of(new HeldForm.UnitRow(unit, 2, new BigDecimal("1.5"))), form.volunteers(), form.version()),
					List.of());
			return null;
		});
		Document after = home("liaison");
		assertThat(after.select("[data-todo=hours]").text()).doesNotContain(title);
	}

	@Test
	void aLiaisonSeesEachCommitmentToDeliverWithItsProgressInOneStatement() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		home("liaison");
		long before = this.statements.during(() -> home("liaison"));
		Long agreement = agreement("todo deliver " + System.nanoTime(), "ACTIVE", LocalDate.now().plusDays(200));
		Long commitment = null;
		for (int i = 0; i < 4; i++) {
			commitment = this.jdbc.queryForObject("""
					insert into commitment (agreement_id, description, area, target_quantity, target_unit,
					  responsible_unit_id, sort_order)
					values (?, ?, 'CULTURE', 8, '场', ?, ?) returning id""", Long.class, agreement,
					"todo commitment " + i, unit, i);
		}
		this.jdbc.update("""
				insert into fulfilment (commitment_id, agreement_id, happened_on, description, quantity)
				values (?, ?, ?, 'done', 2)""", commitment, agreement, LocalDate.now());
		long after = this.statements.during(() -> home("liaison"));
		assertThat(after).as("statements for the liaison's home page").isEqualTo(before);

		Element item = item(home("liaison"), "deliver", "todo commitment 3");
		assertThat(item.attr("href")).isEqualTo("/agreements/" + agreement + "/commitments/" + commitment + "/deliver");
		Element row = item.parent();
		assertThat(row.text()).contains("2 / 目标 8");
		assertThat(row.selectFirst("[role=progressbar]").attr("aria-valuenow")).isEqualTo("25");
	}

	@Test
	void aSecretaryMarksHeldTheActivityOfTheWeekThatTookPlace() throws Exception {
		// Wednesday noon: the activity of Tuesday is this week's, and past
		((TestClock) this.clock).stopAt(LocalDateTime.of(2031, 6, 11, 12, 0));
		String title = "todo week " + System.nanoTime();
		Long activity = this.jdbc.queryForObject("""
				insert into activity (title, type, start_at, end_at, organiser_org_id, status)
				values (?, 'CULTURE', ?, ?, ?, 'PLANNED') returning id""", Long.class, title,
				LocalDateTime.of(2031, 6, 10, 9, 0), LocalDateTime.of(2031, 6, 10, 11, 0),
				this.users.scopeOrganisationOf("secretary"));
		Element item = item(home("secretary"), "week", title);
		assertThat(item.attr("href")).isEqualTo("/activities/" + activity + "/held");

		this.users.call("secretary", () -> {
			HeldForm form = this.activities.heldForm(activity);
			this.activities.markHeld(activity, new HeldForm(12, "", form.units(), List.of(), form.version()),
					List.of());
			return null;
		});
		Element after = item(home("secretary"), "week", title);
		assertThat(after.attr("href")).as("held: nothing left to do but read it").isEqualTo("/activities/" + activity);
	}

	@Test
	void anAdminDealsWithAnAccountLeftOnItsOneTimePassword() throws Exception {
		String username = "todo" + System.nanoTime() % 1_000_000_000L;
		Long id = this.jdbc.queryForObject("""
				insert into user_account (username, display_name, password_hash, role, must_change_password)
				values (?, ?, 'x', 'STAFF', true) returning id""", Long.class, username, "todo account " + username);
		Document home = home("admin");
		Element item = item(home, "accounts", username);
		assertThat(item.attr("href")).isEqualTo("/admin/accounts/" + id);

		this.users.call("admin", () -> {
			this.accounts.setEnabled(id, false);
			return null;
		});
		assertThat(home("admin").select("[data-todo=accounts]").text()).doesNotContain(username);
	}

	@Test
	void nobodyWithNothingToDoSeesAFriendlyEmptyState() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison2");
		Document home = home("liaison2");
		boolean empty = home.select("[data-todo]").isEmpty();
		assertThat(home.select("[data-todo-empty]").isEmpty())
			.as("empty state exactly when no kind is open, unit %s", unit)
			.isNotEqualTo(empty);
		if (empty) {
			assertThat(home.selectFirst("[data-todo-empty]").text()).isEqualTo("暂无待办");
		}
	}

	private Long agreement(String title, String status, LocalDate termStart) {
		Long unit = this.users.scopeUnitOf("liaison");
		Long id = this.jdbc.queryForObject("""
				insert into agreement (number, title, level, community_org_id, status, term_start, term_end)
				values (?, ?, 'BRANCH', ?, ?, ?, ?) returning id""", Long.class,
				"TD" + System.nanoTime() % 1_000_000_000L, title, this.users.scopeOrganisationOf("secretary"), status,
				termStart.minusYears(1), termStart.plusYears(2));
		this.jdbc.update("insert into agreement_party (agreement_id, unit_id) values (?, ?)", id, unit);
		return id;
	}

	private static Element kind(Document home, String key) {
		Element kind = home.selectFirst("#todo [data-todo=" + key + "]");
		assertThat(kind).as("to-do kind " + key).isNotNull();
		return kind;
	}

	private static Element item(Document home, String key, String text) {
		return kind(home, key).select("a.todo-item")
			.stream()
			.filter((a) -> a.text().contains(text))
			.findFirst()
			.orElseThrow(() -> new AssertionError(key + " lists " + text + ": " + kind(home, key).text()));
	}

	private Document home(String user) throws Exception {
		String html = this.mvc.perform(get("/").with(this.users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html, "http://localhost");
	}

}
