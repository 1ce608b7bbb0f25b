package org.lianjian.holiday;

import java.time.LocalDate;
import java.util.Objects;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lianjian.support.RouteRoleMatrix;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianjian.support.RouteRoleMatrix.LOGIN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@code /admin/holidays}: admins only, days added, changed and removed, a notice's
 * holiday entered in one go, bad input answered beside its field, and the calendar's
 * cache emptied by each change. Works in 2031, a year with no schedule, and removes it
 * again.
 */
@WebIntegrationTest
class HolidayAdminTests {

	private static final int YEAR = 2031;

	private static final String[] NOT_ADMIN = { "staff", "secretary", "liaison" };

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Autowired
	WorkingDays workingDays;

	@AfterEach
	void removeTheYear() {
		this.jdbc.update("delete from holiday_day where day between ? and ?", LocalDate.of(YEAR, 1, 1),
				LocalDate.of(YEAR, 12, 31));
		Objects.requireNonNull(this.caches.getCache(HolidayCalendar.CACHE)).evict(YEAR);
	}

	private long idOf(String day) {
		return Objects.requireNonNull(
				this.jdbc.queryForObject("select id from holiday_day where day = ?", Long.class, LocalDate.parse(day)));
	}

	@Test
	void shouldBeForAdminsOnly() throws Exception {
		long id = idOf("2026-10-01");
		RouteRoleMatrix m = new RouteRoleMatrix(this.mvc, this.users);
		m.route(GET, "/admin/holidays").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(GET, "/admin/holidays").param("year", "99999").expect(200, "admin");
		m.route(GET, "/admin/holidays/new").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(POST, "/admin/holidays/new").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(GET, "/admin/holidays/notice").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(POST, "/admin/holidays/notice").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(GET, "/admin/holidays/" + id + "/edit").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(POST, "/admin/holidays/" + id + "/edit").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(POST, "/admin/holidays/" + id + "/delete")
			.param("version", "-1")
			.anonymous(LOGIN)
			.expect(302, "admin")
			.expect(403, NOT_ADMIN);
		m.route(GET, "/admin/holidays/987654321/edit").expect(404, "admin").expect(403, NOT_ADMIN);
		m.route(POST, "/admin/holidays/987654321/delete").expect(404, "admin").expect(403, NOT_ADMIN);
		m.verify();
		assertThat(this.workingDays.isWorkingDay(LocalDate.parse("2026-10-01"))).as("a stale delete keeps the day")
			.isFalse();
	}

	@Test
	void shouldListAYearWithItsMakeUpDays() throws Exception {
		this.mvc.perform(get("/admin/holidays").param("year", "2026").with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("2026-10-10")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("调休上班")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("国庆节")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("放假 33 天，调休上班 6 天")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("尚未录入"))));
		this.mvc.perform(get("/admin/holidays").param("year", "" + YEAR).with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(YEAR + " 年的法定节假日安排尚未录入，截止日期仅按周末推算")));
	}

	@Test
	void shouldAddEditAndDeleteADayAndForgetTheCachedYear() throws Exception {
		assertThat(this.workingDays.hasSchedule(YEAR)).isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(YEAR, 10, 1))).as("cached: a Wednesday").isTrue();

		String notice = "国务院办公厅关于2031年部分节假日安排的通知 " + System.nanoTime();
		this.mvc
			.perform(post("/admin/holidays/new").param("day", YEAR + "-10-01")
				.param("kind", "HOLIDAY")
				.param("name", "国庆节")
				.param("notice", notice)
				.with(this.users.as("admin"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/holidays?year=" + YEAR));
		assertThat(this.workingDays.hasSchedule(YEAR)).isTrue();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(YEAR, 10, 1))).isFalse();
		assertThat(
				this.jdbc.queryForObject(
						"select count(*) from security_audit_event where type = 'HOLIDAY_CHANGED' and actor = 'admin'"
								+ " and detail = ?",
						Long.class, "added " + YEAR + "-10-01 HOLIDAY 国庆节 (" + notice + ")"))
			.isEqualTo(1);

		long id = idOf(YEAR + "-10-01");
		this.mvc
			.perform(post("/admin/holidays/" + id + "/edit").param("day", YEAR + "-09-28")
				.param("kind", "MAKEUP_WORKDAY")
				.param("name", "国庆节")
				.param("notice", "国务院办公厅关于2031年部分节假日安排的通知")
				.param("version", "0")
				.with(this.users.as("admin"))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(YEAR, 10, 1))).isTrue();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(YEAR, 9, 28))).as("a Sunday worked").isTrue();

		// the list was shown with version 0; the day is now at version 1
		this.mvc
			.perform(post("/admin/holidays/" + id + "/edit").param("day", YEAR + "-09-28")
				.param("kind", "HOLIDAY")
				.param("name", "国庆节")
				.param("notice", "旧表单")
				.param("version", "0")
				.with(this.users.as("admin"))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("其他人已修改了这条记录")));
		this.mvc
			.perform(post("/admin/holidays/" + id + "/delete").param("version", "0")
				.with(this.users.as("admin"))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.workingDays.hasSchedule(YEAR)).as("a stale delete removes nothing").isTrue();
		this.mvc
			.perform(post("/admin/holidays/" + id + "/delete").param("version", "1")
				.with(this.users.as("admin"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/holidays?year=" + YEAR));
		assertThat(this.workingDays.hasSchedule(YEAR)).isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(YEAR, 9, 28))).as("an ordinary Sunday again").isFalse();
	}

	@Test
	void shouldEnterANoticesHolidayInOneForm() throws Exception {
		this.mvc
			.perform(post("/admin/holidays/notice").param("notice", "国务院办公厅关于2031年部分节假日安排的通知")
				.param("name", "国庆节")
				.param("firstDay", YEAR + "-10-01")
				.param("lastDay", YEAR + "-10-07")
				.param("makeupDays", YEAR + "-09-28、" + YEAR + "-10-11")
				.with(this.users.as("admin"))
				.with(csrf()))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/admin/holidays?year=" + YEAR));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from holiday_day where day between ? and ?" + " and kind = 'HOLIDAY' and name = '国庆节'",
				Long.class, LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31)))
			.isEqualTo(7);
		// Tuesday 09-30 + 1: the 7 days off, then Wednesday 10-08
		assertThat(this.workingDays.addWorkingDays(LocalDate.of(YEAR, 9, 30), 1)).isEqualTo(LocalDate.of(YEAR, 10, 8));
		assertThat(this.workingDays.addWorkingDays(LocalDate.of(YEAR, 9, 26), 1)).as("the make-up Sunday")
			.isEqualTo(LocalDate.of(YEAR, 9, 28));
		assertThat(this.workingDays.addWorkingDays(LocalDate.of(YEAR, 10, 10), 1)).as("the make-up Saturday")
			.isEqualTo(LocalDate.of(YEAR, 10, 11));
	}

	@Test
	void shouldAnswerBadInputBesideItsField() throws Exception {
		expectRefused(post("/admin/holidays/new").param("day", "2026-10-01")
			.param("kind", "HOLIDAY")
			.param("name", "国庆节")
			.param("notice", "重复"), "2026-10-01 已有安排");
		expectRefused(post("/admin/holidays/new").param("day", "2031-13-45")
			.param("kind", "HOLIDAY")
			.param("name", "国庆节")
			.param("notice", "坏日期"), "is-invalid");
		expectRefused(post("/admin/holidays/new").param("day", "9999-01-01")
			.param("kind", "HOLIDAY")
			.param("name", "元旦")
			.param("notice", "太远"), "is-invalid");
		expectRefused(post("/admin/holidays/new").param("day", YEAR + "-10-01")
			.param("kind", "MAKEUP_WORKDAY")
			.param("name", "国庆节")
			.param("notice", "周三"), "不是周末");
		expectRefused(post("/admin/holidays/new").param("day", YEAR + "-10-01")
			.param("kind", "NO_SUCH_KIND")
			.param("name", "国庆节")
			.param("notice", "坏类型"), "is-invalid");
		expectRefused(notice(YEAR + "-10-07", YEAR + "-10-01", ""), "结束日期不能早于开始日期");
		expectRefused(notice(YEAR + "-10-01", YEAR + "-10-30", ""), "不能超过 15 天");
		expectRefused(notice(YEAR + "-10-01", YEAR + "-10-07", "九月二十八"), "“九月二十八”不是有效的日期");
		expectRefused(notice(YEAR + "-10-01", YEAR + "-10-07", YEAR + "-09-29"), "不是周末");
		expectRefused(notice(YEAR + "-10-01", YEAR + "-10-07", YEAR + "-10-04"), "在放假期间内");
		expectRefused(notice("2026-10-06", "2026-10-09", ""), "2026-10-06 已有安排");
		assertThat(this.workingDays.hasSchedule(YEAR)).as("nothing saved").isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.parse("2026-10-08"))).isTrue();

		this.mvc
			.perform(post("/admin/holidays/new").param("day", YEAR + "-10-01")
				.param("kind", "HOLIDAY")
				.param("name", "国庆节")
				.param("notice", "无 CSRF")
				.with(this.users.as("admin")))
			.andExpect(status().isForbidden());
		assertThat(this.workingDays.hasSchedule(YEAR)).isFalse();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder notice(String first,
			String last, String makeups) {
		return post("/admin/holidays/notice").param("notice", "测试通知")
			.param("name", "国庆节")
			.param("firstDay", first)
			.param("lastDay", last)
			.param("makeupDays", makeups);
	}

	private void expectRefused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String shown) throws Exception {
		this.mvc.perform(request.with(this.users.as("admin")).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString(shown)));
	}

}
