package org.lianjian.report;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The rules of an evaluation round: closing with unscored units needs a confirmation that
 * names their number; the "先进" suggestion needs a minimum score (85 by default, per
 * round, logged when changed); the recognitions are frozen once published, and a change
 * needs an admin to take the round back from publication, which is logged.
 */
@WebIntegrationTest
class EvaluationRoundRulesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EvaluationService evaluations;

	@Autowired
	UserDetailsService userDetails;

	private long version(int year) {
		return this.jdbc.queryForObject("select version from evaluation_round where year = ?", Long.class, year);
	}

	private String roundStatus(int year) {
		return this.jdbc.queryForObject("select status from evaluation_round where year = ?", String.class, year);
	}

	/**
	 * The units of a round still unscored, counted here in SQL: the scoreable units (with
	 * a residential area, active or already scored) less those scored.
	 */
	static long unscored(JdbcTemplate jdbc, int year) {
		return jdbc.queryForObject("""
				select (select count(*) from resident_unit u where u.residential_area_id is not null
				          and (u.status = 'ACTIVE' or exists (select 1 from evaluation_sheet s
				               where s.round_id = r.id and s.unit_id = u.id)))
				     - (select count(*) from evaluation_sheet s where s.round_id = r.id)
				from evaluation_round r where r.year = ?""", Long.class, year);
	}

	private List<Long> areaUnits() {
		return this.jdbc.queryForList(
				"select id from resident_unit where residential_area_id = ? and status = 'ACTIVE' order by id",
				Long.class, this.users.scopeOrganisationOf("secretary"));
	}

	private MockHttpServletRequestBuilder score(int year, Long unit, int base) {
		MockHttpServletRequestBuilder request = post("/evaluations/" + year + "/units/" + unit).with(csrf())
			.with(this.users.as("secretary"));
		List<Long> ids = this.jdbc.queryForList("""
				select c.id from evaluation_criterion c join evaluation_round r on r.id = c.round_id
				where r.year = ? order by c.sort_order, c.id""", Long.class, year);
		for (int i = 0; i < ids.size(); i++) {
			request.param("rows[" + i + "].criterionId", ids.get(i).toString())
				.param("rows[" + i + "].score", String.valueOf(base));
		}
		return request;
	}

	private <T> T as(String username, java.util.function.Supplier<T> action) {
		UserDetails user = this.userDetails.loadUserByUsername(username);
		var previous = SecurityContextHolder.getContext();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

	private List<String> events(int year) {
		return this.jdbc.queryForList("""
				select e.event || ':' || coalesce(e.reason, '') from evaluation_round_event e
				join evaluation_round r on r.id = e.round_id where r.year = ? order by e.id""", String.class, year);
	}

	@Test
	void shouldCloseWithUnscoredUnitsOnlyWhenTheirNumberIsConfirmed() throws Exception {
		int year = 2005;
		this.mvc.perform(post("/evaluations").with(csrf()).with(this.users.as("admin")).param("year", "" + year))
			.andExpect(redirectedUrl("/evaluations/" + year));
		this.mvc.perform(score(year, areaUnits().get(0), 80)).andExpect(status().is3xxRedirection());
		long unscored = unscored(this.jdbc, year);
		assertThat(unscored).isPositive();

		// the first post asks, naming the number; nothing is closed
		this.mvc
			.perform(post("/evaluations/" + year + "/close").with(csrf())
				.with(this.users.as("staff"))
				.param("version", "" + version(year)))
			.andExpect(redirectedUrl("/evaluations/" + year))
			.andExpect(flash().attribute("closeConfirm", unscored));
		assertThat(roundStatus(year)).isEqualTo("OPEN");
		this.mvc.perform(get("/evaluations/" + year).with(this.users.as("staff")).flashAttr("closeConfirm", unscored))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("尚有 " + unscored + " 家单位未评分")))
			.andExpect(content().string(containsString("name=\"confirmUnscored\" value=\"" + unscored + "\"")));
		// a confirmation of another number (someone scored meanwhile) asks again
		this.mvc
			.perform(post("/evaluations/" + year + "/close").with(csrf())
				.with(this.users.as("staff"))
				.param("version", "" + version(year))
				.param("confirmUnscored", "" + (unscored + 1)))
			.andExpect(flash().attribute("closeConfirm", unscored));
		assertThat(roundStatus(year)).isEqualTo("OPEN");
		// the confirmed number closes, and the log keeps it
		this.mvc
			.perform(post("/evaluations/" + year + "/close").with(csrf())
				.with(this.users.as("staff"))
				.param("version", "" + version(year))
				.param("confirmUnscored", "" + unscored))
			.andExpect(flash().attribute("message", "evaluation.closed"));
		assertThat(roundStatus(year)).isEqualTo("CLOSED");
		assertThat(events(year)).contains("CLOSED_UNSCORED:" + unscored);
	}

	@Test
	void shouldSuggestOnlyUnitsWithTheMinimumScoreAndFreezeTheRecognitionsOncePublished() throws Exception {
		int year = 2006;
		this.mvc.perform(post("/evaluations").with(csrf()).with(this.users.as("admin")).param("year", "" + year))
			.andExpect(redirectedUrl("/evaluations/" + year));
		Long low = areaUnits().get(0);
		Long high = areaUnits().get(1);
		this.mvc.perform(score(year, low, 80)).andExpect(status().is3xxRedirection());
		this.mvc.perform(score(year, high, 90)).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/evaluations/" + year + "/close").with(csrf())
				.with(this.users.as("staff"))
				.param("version", "" + version(year))
				.param("confirmUnscored", "" + unscored(this.jdbc, year)))
			.andExpect(status().is3xxRedirection());

		// default 85: the unit with 80 is not suggested, whatever its place
		List<String> picks = as("staff", () -> this.evaluations.suggestedPicks(year));
		assertThat(picks).contains(high + ":ADVANCED_UNIT").noneMatch((p) -> p.startsWith(low + ":"));
		// staff lower it to 75 (logged), and the unit with 80 is suggested
		this.mvc
			.perform(post("/evaluations/" + year + "/min-score").with(csrf())
				.with(this.users.as("staff"))
				.param("minScore", "75")
				.param("version", "" + version(year)))
			.andExpect(redirectedUrl("/evaluations/" + year));
		assertThat(as("staff", () -> this.evaluations.suggestedPicks(year))).anyMatch((p) -> p.startsWith(low + ":"));
		assertThat(events(year)).contains("THRESHOLD:85 → 75");
		// out of range: a message beside the field
		this.mvc
			.perform(post("/evaluations/" + year + "/min-score").with(csrf())
				.with(this.users.as("staff"))
				.param("minScore", "101")
				.param("version", "" + version(year)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请输入 0 到 100 之间")));

		// confirm, publish: the list is frozen
		this.mvc
			.perform(post("/evaluations/" + year + "/recognitions").with(csrf())
				.with(this.users.as("staff"))
				.param("version", "" + version(year))
				.param("picks", high + ":ADVANCED_UNIT"))
			.andExpect(flash().attribute("message", "evaluation.recognitions.confirmed"));
		this.mvc
			.perform(post("/evaluations/" + year + "/publish").with(csrf())
				.with(this.users.as("staff"))
				.param("version", "" + version(year)))
			.andExpect(flash().attribute("message", "evaluation.published"));
		this.mvc
			.perform(post("/evaluations/" + year + "/recognitions").with(csrf())
				.with(this.users.as("staff"))
				.param("version", "" + version(year))
				.param("picks", low + ":ADVANCED_UNIT"))
			.andExpect(flash().attribute("error", "evaluation.error.recognitionsFrozen"));
		this.mvc
			.perform(post("/evaluations/" + year + "/min-score").with(csrf())
				.with(this.users.as("staff"))
				.param("minScore", "70")
				.param("version", "" + version(year)))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForList("""
				select e.unit_id from evaluation_recognition e join evaluation_round r on r.id = e.round_id
				where r.year = ?""", Long.class, year)).containsExactly(high);
		this.mvc.perform(get("/evaluations/" + year).with(this.users.as("staff")))
			.andExpect(content().string(containsString("先进名单已冻结")));

		// a change needs an admin to take the round back from publication, logged
		this.mvc
			.perform(post("/evaluations/" + year + "/reopen").with(csrf())
				.with(this.users.as("admin"))
				.param("reason", "补充一家先进单位")
				.param("version", "" + version(year)))
			.andExpect(redirectedUrl("/evaluations/" + year));
		assertThat(roundStatus(year)).isEqualTo("CLOSED");
		assertThat(events(year)).contains("UNPUBLISHED:补充一家先进单位");
		this.mvc
			.perform(post("/evaluations/" + year + "/recognitions").with(csrf())
				.with(this.users.as("staff"))
				.param("version", "" + version(year))
				.param("picks", high + ":ADVANCED_UNIT", low + ":ADVANCED_UNIT"))
			.andExpect(flash().attribute("message", "evaluation.recognitions.confirmed"));
		assertThat(this.jdbc.queryForObject("select advanced_min_score from evaluation_round where year = ?",
				BigDecimal.class, year))
			.isEqualByComparingTo("75");
	}

}
