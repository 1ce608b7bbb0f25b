package org.lianjian.activity;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lianjian.structure.StructureService;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A busy day on the calendar: its cell shows the first three activities and "+k more" (k
 * counted independently in SQL), which leads to the day page listing them all; the phone
 * layout is the same markup, so each activity is drawn once. Scope holds in both.
 */
@WebIntegrationTest
class CalendarDayTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StructureService structure;

	/** A day far away, so that other tests' data hardly lands on it. */
	private static LocalDate farDay() {
		long n = System.nanoTime();
		return LocalDate.of(2150 + (int) (n % 40), 1 + (int) ((n / 40) % 12), 1 + (int) ((n / 480) % 28));
	}

	private String page(String url, String who) throws Exception {
		return this.mvc.perform(get(url).with(this.users.as(who)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private String month(LocalDate day, String who) throws Exception {
		return page("/activities/calendar?month=" + YearMonth.from(day), who);
	}

	private String dayPage(LocalDate day, String who) throws Exception {
		return page("/activities/calendar/day?date=" + day, who);
	}

	/** The "+k" of a day cell, or 0 when the cell has no such link. */
	private static int more(String html, LocalDate day) {
		Matcher m = Pattern.compile("href=\"/activities/calendar/day\\?date=" + day + "[^\"]*\"[^>]*>\\+(\\d+) ")
			.matcher(html);
		return m.find() ? Integer.parseInt(m.group(1)) : 0;
	}

	private static int occurrences(String html, String text) {
		int n = 0;
		for (int i = html.indexOf(text); i >= 0; i = html.indexOf(text, i + 1)) {
			n++;
		}
		return n;
	}

	private Long insert(String title, Long organiser, boolean publicFlag, LocalDateTime start, List<Long> partners) {
		return ActivityIntegrationTests.insert(this.jdbc, title, organiser, publicFlag, start, partners);
	}

	private Long otherOrganisation() {
		var subtree = this.structure.subtreeIds(this.users.scopeOrganisationOf("secretary"));
		return this.jdbc.queryForList("select id from organisation order by id", Long.class)
			.stream()
			.filter((id) -> !subtree.contains(id))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void shouldShowThreeActivitiesADayAndLinkTheRestToTheDayPage() throws Exception {
		LocalDate day = farDay();
		String prefix = ActivityIntegrationTests.unique("忙日");
		List<String> titles = new ArrayList<>();
		for (int i = 0; i < 7; i++) {
			titles.add(prefix + "-" + i);
			insert(prefix + "-" + i, this.users.scopeOrganisationOf("secretary"), i % 2 == 0, day.atTime(8 + i, 0),
					List.of());
		}
		Integer total = this.jdbc.queryForObject(
				"select count(*) from activity where start_at >= ? and start_at < ? group by cast(start_at as date)",
				Integer.class, Timestamp.valueOf(day.atStartOfDay()),
				Timestamp.valueOf(day.plusDays(1).atStartOfDay()));
		assertThat(total).isGreaterThanOrEqualTo(7);

		String html = month(day, "staff");
		assertThat(more(html, day)).as("+k of the busy day").isEqualTo(total - 3);
		assertThat(html).contains(titles.get(0), titles.get(1), titles.get(2));
		for (String later : titles.subList(3, 7)) {
			assertThat(html).as("only three in the cell").doesNotContain(later);
		}
		// drawn once: no second list for phones (the title attribute repeats it for
		// hover)
		assertThat(occurrences(html, ">" + titles.get(0) + "<")).isEqualTo(1);
		assertThat(html).contains(">+" + (total - 3) + " 更多<");

		String whole = dayPage(day, "staff");
		assertThat(whole).contains(titles.toArray(String[]::new));
		assertThat(occurrences(whole, "calendar-day-item")).isEqualTo(total);
		assertThat(whole).contains("/activities/calendar?month=" + YearMonth.from(day));
	}

	@Test
	void shouldCountAndListOnlyWhatTheScopeMaySee() throws Exception {
		LocalDate day = farDay();
		String prefix = ActivityIntegrationTests.unique("范围日");
		Long other = otherOrganisation();
		Long unit = this.users.scopeUnitOf("liaison");
		// earliest of the day, so that a broken scope would put them in the cell
		List<String> hidden = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			hidden.add(prefix + "内部-" + i);
			insert(prefix + "内部-" + i, other, false, day.atTime(6, i), List.of());
		}
		List<String> open = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			open.add(prefix + "公开-" + i);
			insert(prefix + "公开-" + i, other, true, day.atTime(10, i), List.of());
		}
		String partnered = prefix + "共建单位";
		insert(partnered, other, false, day.atTime(12, 0), List.of(unit));

		Timestamp from = Timestamp.valueOf(day.atStartOfDay());
		Timestamp to = Timestamp.valueOf(day.plusDays(1).atStartOfDay());
		int forLiaison = this.jdbc.queryForObject("""
				select count(*) from activity a where a.start_at >= ? and a.start_at < ? and (a.public_flag
				 or exists (select 1 from activity_partner p where p.activity_id = a.id and p.unit_id = ?))
				""", Integer.class, from, to, unit);
		int forAll = this.jdbc.queryForObject("select count(*) from activity where start_at >= ? and start_at < ?",
				Integer.class, from, to);
		assertThat(forLiaison).isGreaterThanOrEqualTo(5);

		String liaisonMonth = month(day, "liaison");
		assertThat(more(liaisonMonth, day)).isEqualTo(forLiaison - 3);
		assertThat(liaisonMonth).contains(open.get(0), open.get(1), open.get(2));
		hidden.forEach((h) -> assertThat(liaisonMonth).doesNotContain(h));
		String liaisonDay = dayPage(day, "liaison");
		assertThat(liaisonDay).contains(open.toArray(String[]::new)).contains(partnered);
		hidden.forEach((h) -> assertThat(liaisonDay).doesNotContain(h));
		assertThat(occurrences(liaisonDay, "calendar-day-item")).isEqualTo(forLiaison);

		// the secretary's subtree organises none of them: only the public ones
		String secretaryMonth = month(day, "secretary");
		hidden.forEach((h) -> assertThat(secretaryMonth).doesNotContain(h));
		assertThat(secretaryMonth).doesNotContain(partnered);
		String secretaryDay = dayPage(day, "secretary");
		assertThat(secretaryDay).contains(open.toArray(String[]::new)).doesNotContain(partnered);
		hidden.forEach((h) -> assertThat(secretaryDay).doesNotContain(h));

		// staff see all of them
		String staffMonth = month(day, "staff");
		assertThat(more(staffMonth, day)).isEqualTo(forAll - 3);
		assertThat(staffMonth).contains(hidden.get(0), hidden.get(1), hidden.get(2));
		assertThat(occurrences(dayPage(day, "staff"), "calendar-day-item")).isEqualTo(forAll);
	}

	@Test
	void shouldShowAQuietDayWithoutMoreLinkAndTolerateBadDates() throws Exception {
		LocalDate day = farDay();
		String title = ActivityIntegrationTests.unique("静日");
		insert(title, this.users.scopeOrganisationOf("secretary"), true, day.atTime(9, 0), List.of());
		String html = month(day, "staff");
		assertThat(html).contains(title);
		assertThat(more(html, day)).isZero();
		this.mvc.perform(get("/activities/calendar/day").param("date", "2026-02-30").with(this.users.as("staff")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/activities/calendar/day").with(this.users.as("liaison"))).andExpect(status().isOk());
	}

	@Test
	void shouldShowTheMonthAskedForAsYearAndMonthAndExplainAMonthItCannotShow() throws Exception {
		this.mvc
			.perform(get("/activities/calendar").param("year", "2027").param("month", "2").with(this.users.as("staff")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/activities/calendar?month=2027-02"));
		this.mvc
			.perform(get("/activities/calendar").param("year", "2027")
				.param("month", "2")
				.param("type", "CULTURE")
				.with(this.users.as("staff")))
			.andExpect(redirectedUrl("/activities/calendar?month=2027-02&type=CULTURE"));
		String page = this.mvc
			.perform(get("/activities/calendar").param("month", "2027-02").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("2027");

		String thisMonth = java.time.YearMonth.now().toString();
		for (String[] bad : new String[][] { { "2027", "13" }, { "99999", "2" }, { "abc", "1" }, { null, "13" },
				{ null, "2027-13" } }) {
			var request = get("/activities/calendar").param("month", bad[1]).with(this.users.as("staff"));
			if (bad[0] != null) {
				request.param("year", bad[0]);
			}
			this.mvc.perform(request)
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/activities/calendar?month=" + thisMonth))
				.andExpect(flash().attribute("error", "calendar.month.invalid"));
		}
	}

}
