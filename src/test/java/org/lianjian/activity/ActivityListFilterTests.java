package org.lianjian.activity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lianjian.account.DataScope;
import org.lianjian.account.Role;
import org.lianjian.shared.web.PageView;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity list's filters, written as SQL conditions only when in use
 * ({@link ActivityListQueries}): each count shown equals an independent SQL count over
 * the demo data, for staff and within a liaison's scope, and the first row is the latest.
 */
@WebIntegrationTest
class ActivityListFilterTests {

	private static final Pattern COUNT = Pattern.compile("共 ([0-9,]+) 项活动");

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ActivityListQueries queries;

	@Test
	void everyFilterCountsWhatSqlCounts() throws Exception {
		String type = this.jdbc.queryForObject(
				"select type from activity group by type order by count(*) desc, type limit 1", String.class);
		int year = this.jdbc.queryForObject(
				"select extract(year from start_at)::int from activity group by 1 order by count(*) desc, 1 limit 1",
				Integer.class);
		int month = this.jdbc.queryForObject(
				"select extract(month from start_at)::int from activity"
						+ " where extract(year from start_at) = ? group by 1 order by count(*) desc, 1 limit 1",
				Integer.class, year);
		Long unit = this.jdbc.queryForObject(
				"select unit_id from activity_partner group by unit_id order by count(*) desc, unit_id limit 1",
				Long.class);
		String tag = this.jdbc.queryForObject("select festival_tag from activity where festival_tag is not null"
				+ " group by festival_tag order by count(*) desc, festival_tag limit 1", String.class);

		assertThat(shown(get("/activities"), "staff")).isEqualTo(sql("true"));
		assertThat(shown(get("/activities").param("type", type), "staff")).isEqualTo(sql("type = '" + type + "'"));
		assertThat(shown(get("/activities").param("status", "HELD").param("year", String.valueOf(year)), "staff"))
			.isEqualTo(sql("status = 'HELD' and extract(year from start_at) = " + year));
		assertThat(shown(get("/activities").param("year", String.valueOf(year)).param("month", String.valueOf(month)),
				"staff"))
			.isEqualTo(sql("extract(year from start_at) = " + year + " and extract(month from start_at) = " + month))
			.isPositive();
		assertThat(shown(get("/activities").param("unit", unit.toString()), "staff"))
			.isEqualTo(sql("exists (select 1 from activity_partner p where p.activity_id = a.id and p.unit_id = " + unit
					+ ")"))
			.isPositive();
		assertThat(shown(get("/activities").param("publicFlag", "true"), "staff")).isEqualTo(sql("public_flag"));
		assertThat(shown(get("/activities").param("tag", tag), "staff")).isEqualTo(sql("festival_tag = '" + tag + "'"))
			.isPositive();

		// a liaison: public activities and those their unit is a partner of
		Long own = this.users.scopeUnitOf("liaison");
		String visible = "(public_flag or exists (select 1 from activity_partner p where p.activity_id = a.id"
				+ " and p.unit_id = " + own + "))";
		assertThat(shown(get("/activities"), "liaison")).isEqualTo(sql(visible));
		assertThat(shown(get("/activities").param("type", type), "liaison"))
			.isEqualTo(sql(visible + " and type = '" + type + "'"));
	}

	@Test
	void aLongListIsCountedOnlyTenPagesAheadAndSaysSo() throws Exception {
		long all = sql("true");
		// five rows a page: counted up to ten pages past the one shown, here 50 rows
		ActivityFilter five = new ActivityFilter(null, null, null, null, null, null, null, null, 0, 5);
		ActivityListQueries.Result first = this.queries.page(DataScope.all(Role.STAFF), five, 1);
		assertThat(all).as("the demo data has more than 50 activities").isGreaterThan(65);
		assertThat(first.rows()).hasSize(5);
		assertThat(first.total()).isEqualTo(50);
		assertThat(first.more()).isTrue();
		ActivityFilter fourth = new ActivityFilter(null, null, null, null, null, null, null, null, 3, 5);
		assertThat(this.queries.page(DataScope.all(Role.STAFF), fourth, 1).total()).isEqualTo(65);
		// a cap above the number of rows gives the exact count
		ActivityListQueries.Result exact = this.queries.page(DataScope.all(Role.STAFF), five, (int) all + 1);
		assertThat(exact.total()).isEqualTo(all);
		assertThat(exact.more()).isFalse();
		// the page says "more than", and its pager has a next link but no last one
		PageView<ActivityView> page = PageView.counted(first.rows(), 0, 5, first.total(), first.more());
		assertThat(page.hasNext()).isTrue();
		assertThat(page.totalPages()).isEqualTo(10);
	}

	@Test
	@Transactional // the thousand activities added here are rolled back
	void theListSaysMoreThanTheCapAndOffersNoLastPage() throws Exception {
		this.jdbc.update(
				"insert into activity (title, type, start_at, end_at, organiser_org_id)"
						+ " select '计数测试' || g, a.type, a.start_at, a.end_at, a.organiser_org_id"
						+ " from activity a, generate_series(1, ?) g where a.id = (select min(id) from activity)",
				ActivityService.LIST_COUNT_CAP);
		assertThat(sql("true")).isGreaterThan(ActivityService.LIST_COUNT_CAP);
		String html = this.mvc.perform(get("/activities").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(html).contains("超过 " + String.format("%,d", ActivityService.LIST_COUNT_CAP) + " 项活动")
			.contains("第 1–20 条，超过 " + String.format("%,d", ActivityService.LIST_COUNT_CAP) + " 条")
			.contains("aria-label=\"下一页\"")
			.doesNotContain("aria-label=\"最后一页\"");
		// below the cap the count is exact and the last page is offered
		String lectures = this.mvc
			.perform(get("/activities").param("type", "PARTY_LECTURE").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(lectures).contains("项活动").doesNotContain("超过");
	}

	@Test
	void theFirstRowIsTheLatestActivity() throws Exception {
		String latest = this.jdbc.queryForObject("select title from activity order by start_at desc, id desc limit 1",
				String.class);
		String html = this.mvc.perform(get("/activities").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String table = html.substring(html.indexOf("<tbody>"));
		assertThat(table.indexOf(org.springframework.web.util.HtmlUtils.htmlEscape(latest, "UTF-8"))).isBetween(0,
				2000);
	}

	private long sql(String condition) {
		Long n = this.jdbc.queryForObject("select count(*) from activity a where " + condition, Long.class);
		return (n != null) ? n : -1;
	}

	private long shown(MockHttpServletRequestBuilder request, String user) throws Exception {
		String html = this.mvc.perform(request.with(this.users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher m = COUNT.matcher(html);
		assertThat(m.find()).as("the count line").isTrue();
		return Long.parseLong(m.group(1).replace(",", ""));
	}

}
