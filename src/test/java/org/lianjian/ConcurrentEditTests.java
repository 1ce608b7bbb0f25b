package org.lianjian;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.structure.OrganisationType;
import org.lianjian.structure.StructureService;
import org.lianjian.support.FormPosts;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two people edit the same record at the same time, 100 rounds each for one agreement and
 * one unit, through the real web layer: each session loads the edit form (and with it the
 * version), then both save a different value. Half of the rounds save one after the
 * other, half release both saves together from a barrier on two threads.
 *
 * <p>
 * A silent overwrite is a save the portal acknowledged (redirect after POST) whose value
 * is not what is stored afterwards, because the other session's save replaced it without
 * a conflict. There must be none, and every save that was not acknowledged must be the
 * form again with the stale-edit message.
 */
@WebIntegrationTest
class ConcurrentEditTests {

	static final int ROUNDS = 100;

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	StructureService structure;

	private final ExecutorService threads = Executors.newFixedThreadPool(2);

	private String conflictMessage = "";

	@BeforeEach
	void message() {
		this.conflictMessage = HtmlUtils.htmlEscape(
				this.messages.getMessage("conflict.stale", new Object[] { 0, 0 }, java.util.Locale.SIMPLIFIED_CHINESE)
					.substring(0, 20));
	}

	@AfterEach
	void stopThreads() {
		this.threads.shutdownNow();
	}

	@Test
	void shouldNeverLoseAnAcknowledgedUnitEdit() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		String name = "并发单位-" + System.nanoTime() % 1_000_000_000L;
		RequestPostProcessor staff = this.users.as("staff");
		MockHttpServletResponse created = this.mvc
			.perform(FormPosts.unit("/units/new", name, "起始地址", area, null).with(staff))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		String location = created.getRedirectedUrl();
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

		Tally tally = race("unit", "/units/" + id + "/edit", new Session(this.users.as("staff")),
				new Session(this.users.as("admin")),
				(value, version) -> FormPosts.unit("/units/" + id + "/edit", name, value, area, version),
				() -> this.jdbc.queryForObject("select address from resident_unit where id = ?", String.class, id));
		tally.check();
	}

	@Test
	void shouldNeverLoseAnAcknowledgedAgreementEdit() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long org = this.structure.optionsOfType(OrganisationType.RESIDENTIAL_PARTY_ORG).get(0).id();
		String title = "并发协议-" + System.nanoTime() % 1_000_000_000L;
		MockHttpServletResponse created = this.mvc
			.perform(agreementForm("/agreements/new", title, "起始内容", org, unit, null).with(this.users.as("liaison")))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		String location = created.getRedirectedUrl();
		Long id = Long.valueOf(location.substring(location.lastIndexOf('/') + 1));

		Tally tally = race("agreement", "/agreements/" + id + "/edit", new Session(this.users.as("liaison")),
				new Session(this.users.as("staff")),
				(value, version) -> agreementForm("/agreements/" + id + "/edit", title, value, org, unit, version),
				() -> this.jdbc.queryForObject("select summary from agreement where id = ?", String.class, id));
		tally.check();
	}

	/** One signed-in browser: a user and their own HTTP session. */
	record Session(RequestPostProcessor user, MockHttpSession http) {

		Session(RequestPostProcessor user) {
			this(user, new MockHttpSession());
		}

	}

	/** What one save got back. */
	private record Outcome(int status, String body) {

	}

	private Tally race(String what, String editPath, Session a, Session b,
			BiFunction<String, Long, MockHttpServletRequestBuilder> form, java.util.function.Supplier<String> stored)
			throws Exception {
		Tally tally = new Tally(what);
		long started = System.nanoTime();
		for (int round = 0; round < ROUNDS; round++) {
			boolean together = round % 2 == 1;
			long versionA = versionOf(a, editPath);
			long versionB = versionOf(b, editPath);
			assertThat(versionA).as("both forms show the same version").isEqualTo(versionB);
			String valueA = what + "-A-" + round;
			String valueB = what + "-B-" + round;
			MockHttpServletRequestBuilder saveA = form.apply(valueA, versionA).with(a.user()).session(a.http());
			MockHttpServletRequestBuilder saveB = form.apply(valueB, versionB).with(b.user()).session(b.http());
			Outcome outcomeA;
			Outcome outcomeB;
			if (together) {
				CyclicBarrier barrier = new CyclicBarrier(2);
				Future<Outcome> fa = this.threads.submit(() -> save(barrier, saveA));
				Future<Outcome> fb = this.threads.submit(() -> save(barrier, saveB));
				outcomeA = fa.get(60, TimeUnit.SECONDS);
				outcomeB = fb.get(60, TimeUnit.SECONDS);
			}
			else if (round % 4 == 0) {
				outcomeA = save(null, saveA);
				outcomeB = save(null, saveB);
			}
			else {
				outcomeB = save(null, saveB);
				outcomeA = save(null, saveA);
			}
			tally.add(together, outcomeA, valueA, outcomeB, valueB, stored.get(), this.conflictMessage);
		}
		tally.millis = (System.nanoTime() - started) / 1_000_000;
		System.out.println(tally);
		return tally;
	}

	private long versionOf(Session session, String editPath) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get(editPath).with(session.user()).session(session.http()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as("edit form").isEqualTo(200);
		return FormPosts.versionIn(response.getContentAsString());
	}

	private Outcome save(CyclicBarrier barrier, MockHttpServletRequestBuilder request) {
		try {
			if (barrier != null) {
				barrier.await(30, TimeUnit.SECONDS);
			}
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			return new Outcome(response.getStatus(), response.getContentAsString());
		}
		catch (Exception ex) {
			// an exception that escaped the web layer would be a 500 page for the user
			return new Outcome(500, String.valueOf(ex));
		}
	}

	/** Counts per round what happened to the two saves. */
	static final class Tally {

		final String what;

		int rounds;

		int concurrentRounds;

		int acknowledged;

		int conflicts;

		int silentOverwrites;

		int roundsWithoutWinner;

		final List<String> otherOutcomes = new ArrayList<>();

		long millis;

		Tally(String what) {
			this.what = what;
		}

		void add(boolean together, Outcome a, String valueA, Outcome b, String valueB, String stored,
				String conflictMessage) {
			this.rounds++;
			if (together) {
				this.concurrentRounds++;
			}
			int winners = 0;
			for (Outcome o : List.of(a, b)) {
				String value = (o == a) ? valueA : valueB;
				if (o.status() == 302) {
					winners++;
					this.acknowledged++;
					if (!value.equals(stored)) {
						this.silentOverwrites++;
					}
				}
				else if (o.status() == 200 && o.body().contains(conflictMessage) && o.body().contains(value)) {
					this.conflicts++;
				}
				else {
					this.otherOutcomes.add("round " + this.rounds + ": " + o.status() + " "
							+ o.body().substring(0, Math.min(200, o.body().length())));
				}
			}
			if (winners == 0) {
				this.roundsWithoutWinner++;
			}
		}

		void check() {
			assertThat(this.rounds).isEqualTo(ROUNDS);
			assertThat(this.otherOutcomes).as(this.what + ": saves neither acknowledged nor refused with the message")
				.isEmpty();
			assertThat(this.silentOverwrites).as(this.what + ": silent overwrites").isZero();
			assertThat(this.roundsWithoutWinner).as(this.what + ": rounds where neither save went through").isZero();
			assertThat(this.acknowledged).as(this.what + ": one save per round goes through").isEqualTo(ROUNDS);
			assertThat(this.conflicts).as(this.what + ": the other gets the conflict message").isEqualTo(ROUNDS);
		}

		@Override
		public String toString() {
			return String.format(
					"concurrent edits of one %s: %d rounds (%d released together), %d saves acknowledged, %d conflicts shown, %d silent overwrites, %d other outcomes, %d ms",
					this.what, this.rounds, this.concurrentRounds, this.acknowledged, this.conflicts,
					this.silentOverwrites, this.otherOutcomes.size(), this.millis);
		}

	}

	private static MockHttpServletRequestBuilder agreementForm(String path, String title, String summary, Long org,
			Long unit, Long version) {
		LocalDate start = LocalDate.now().withDayOfYear(1);
		MockHttpServletRequestBuilder request = post(path).with(csrf())
			.param("title", title)
			.param("level", "BRANCH")
			.param("communityOrgId", org.toString())
			.param("unitIds", unit.toString())
			.param("areas", "PARTY_BUILDING", "HEALTH")
			.param("termStart", start.toString())
			.param("termEnd", start.plusYears(2).minusDays(1).toString())
			.param("summary", summary)
			.param("commitments[0].description", "每年为社区居民举办健康讲座")
			.param("commitments[0].responsibleUnitId", unit.toString())
			.param("commitments[0].area", "HEALTH")
			.param("commitments[0].targetQuantity", "4")
			.param("commitments[0].targetUnit", "场")
			.param("commitments[0].perYear", "true")
			.param("_commitments[0].perYear", "on");
		if (version != null) {
			request.param("version", version.toString());
		}
		return request;
	}

}
