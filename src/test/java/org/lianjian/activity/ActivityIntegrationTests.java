package org.lianjian.activity;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.support.RouteRoleMatrix;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.lianjian.support.RouteRoleMatrix.LOGIN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The activity pages end to end: routes by role, creating with validation and business
 * refusals, stale edits, marking held with hours and photos, export and the unit tab.
 */
@WebIntegrationTest
class ActivityIntegrationTests {

	/** A real 4×3 picture: photos are decoded and written again. */
	static final byte[] PNG = png();

	private static byte[] png() {
		try {
			return ActivityIntegrityTests.pngWithText("Title", "现场");
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	static String unique(String prefix) {
		return prefix + (System.nanoTime() % 100_000_000);
	}

	/** Inserts an activity directly; returns its id. */
	static Long insert(JdbcTemplate jdbc, String title, Long organiser, boolean publicFlag, LocalDateTime start,
			List<Long> partners) {
		Long id = jdbc.queryForObject(
				"insert into activity (title, type, start_at, end_at, organiser_org_id, public_flag) "
						+ "values (?, 'CULTURE', ?, ?, ?, ?) returning id",
				Long.class, title, Timestamp.valueOf(start), Timestamp.valueOf(start.plusHours(2)), organiser,
				publicFlag);
		for (Long p : partners) {
			jdbc.update("insert into activity_partner (activity_id, unit_id) values (?, ?)", id, p);
		}
		return id;
	}

	long version(Long id) {
		return this.jdbc.queryForObject("select version from activity where id = ?", Long.class, id);
	}

	Long anyOrganisation() {
		return this.users.scopeOrganisationOf("secretary");
	}

	@Test
	void shouldAnswerEachRouteByRole() throws Exception {
		Long org = anyOrganisation();
		Long unit = this.users.scopeUnitOf("liaison");
		Long internal = insert(this.jdbc, unique("矩阵内部"), org, false, LocalDateTime.now().minusDays(1), List.of(unit));
		RouteRoleMatrix m = new RouteRoleMatrix(this.mvc, this.users);
		m.route(GET, "/activities").anonymous(LOGIN).expect(200, "admin", "staff", "secretary", "liaison", "liaison2");
		m.route(GET, "/activities/new").anonymous(LOGIN).expect(200, "admin", "staff", "secretary", "liaison");
		m.route(GET, "/activities/export.xlsx")
			.anonymous(LOGIN)
			.expect(200, "staff")
			.expect(404, "secretary", "liaison");
		m.route(GET, "/activities/" + internal)
			.anonymous(LOGIN)
			.expect(200, "staff", "liaison")
			.expect(404, "liaison2");
		// organised by the secretary's organisation: a partner liaison reads it, edits it
		// not
		m.route(GET, "/activities/" + internal + "/edit")
			.expect(200, "staff", "secretary")
			.expect(403, "liaison")
			.expect(404, "liaison2");
		m.route(GET, "/activities/987654321").expect(404, "staff", "liaison");
		m.route(POST, "/activities/" + internal + "/cancel").param("version", "999").expect(404, "liaison2");
		m.route(GET, "/units/" + unit + "/activities")
			.anonymous(LOGIN)
			.expect(200, "staff", "liaison")
			.expect(404, "liaison2");
		m.verify();
	}

	@Test
	void shouldCreateEditAndReRenderOnErrors() throws Exception {
		Long org = anyOrganisation();
		Long unit = this.users.scopeUnitOf("liaison");
		String title = unique("新建活动");
		// validation: missing title and type, end before start refused by the service
		this.mvc
			.perform(post("/activities/new").with(this.users.as("staff"))
				.with(csrf())
				.param("title", "")
				.param("start", "2026-05-01T09:00")
				.param("end", "2026-05-01T11:00")
				.param("organiserOrgId", org.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写活动名称")))
			.andExpect(content().string(containsString("请选择活动类型")));
		this.mvc
			.perform(post("/activities/new").with(this.users.as("staff"))
				.with(csrf())
				.param("title", title)
				.param("type", "SPORTS")
				.param("start", "2026-05-01T09:00")
				.param("end", "2026-05-01T08:00")
				.param("organiserOrgId", org.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("结束时间不能早于开始时间")))
			.andExpect(content().string(containsString(title)));
		// a liaison must name their own unit among the partners
		this.mvc
			.perform(post("/activities/new").with(this.users.as("liaison"))
				.with(csrf())
				.param("title", title)
				.param("type", "SPORTS")
				.param("start", "2026-05-01T09:00")
				.param("end", "2026-05-01T11:00")
				.param("organiserOrgId", org.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("共建单位中必须包含本单位")));
		this.mvc
			.perform(post("/activities/new").with(this.users.as("liaison"))
				.with(csrf())
				.param("title", title)
				.param("type", "SPORTS")
				.param("start", "2026-05-01T09:00")
				.param("end", "2026-05-01T11:00")
				.param("venueText", "社区活动室")
				.param("organiserOrgId", org.toString())
				.param("partnerUnitIds", unit.toString()))
			.andExpect(status().is3xxRedirection());
		Long id = this.jdbc.queryForObject("select id from activity where title = ?", Long.class, title);
		this.mvc.perform(get("/activities/" + id).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("社区活动室")))
			.andExpect(content().string(containsString("体育健身")));
		this.mvc.perform(get("/activities/" + id + "/edit").with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2026-05-01T09:00")));

		// a stale edit keeps the user's input and says why
		long v = version(id);
		this.mvc
			.perform(post("/activities/" + id + "/edit").with(this.users.as("staff"))
				.with(csrf())
				.param("title", title + "改")
				.param("type", "SPORTS")
				.param("start", "2026-05-01T09:00")
				.param("end", "2026-05-01T11:00")
				.param("organiserOrgId", org.toString())
				.param("partnerUnitIds", unit.toString())
				.param("version", Long.toString(v)))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/activities/" + id + "/edit").with(this.users.as("liaison"))
				.with(csrf())
				.param("title", title + "旧稿")
				.param("type", "SPORTS")
				.param("start", "2026-05-01T09:00")
				.param("end", "2026-05-01T11:00")
				.param("organiserOrgId", org.toString())
				.param("partnerUnitIds", unit.toString())
				.param("version", Long.toString(v)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title + "旧稿")))
			.andExpect(content().string(containsString("alert")));
		assertThat(this.jdbc.queryForObject("select title from activity where id = ?", String.class, id))
			.isEqualTo(title + "改");
	}

	@Test
	void shouldMarkHeldWithHoursVolunteersAndPhotos() throws Exception {
		Long org = anyOrganisation();
		Long unit = this.users.scopeUnitOf("liaison");
		String title = unique("举办活动");
		Long id = insert(this.jdbc, title, org, false, LocalDateTime.now().minusDays(2), List.of(unit));
		// set up by the liaison's unit, so its liaison organises it
		this.jdbc.update("update activity set created_by_unit_id = ? where id = ?", unit, id);
		this.mvc.perform(get("/activities/" + id + "/held").with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("登记举办情况")));
		// validation: residents served missing
		this.mvc
			.perform(multipart("/activities/" + id + "/held").with(this.users.as("liaison"))
				.with(csrf())
				.param("units[0].unitId", unit.toString())
				.param("units[0].volunteers", "4")
				.param("units[0].hours", "-1")
				.param("version", Long.toString(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写服务居民人数")))
			.andExpect(content().string(containsString("时长须为不小于 0 的数字")));
		// a named volunteer without hours would be recorded as 0 hours; absurd hours
		// would
		// slip past the digit count as 1E+…: both refused beside the field
		this.mvc
			.perform(multipart("/activities/" + id + "/held").with(this.users.as("liaison"))
				.with(csrf())
				.param("residentsServed", "42")
				.param("units[0].unitId", unit.toString())
				.param("units[0].volunteers", "4")
				.param("units[0].hours", "1E+2147483647")
				.param("volunteers[0].name", "张三")
				.param("volunteers[0].hours", " ")
				.param("version", Long.toString(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请填写这位志愿者的服务时长")))
			.andExpect(content().string(containsString("不能大于 100000")));
		assertThat(this.jdbc.queryForObject("select status from activity where id = ?", String.class, id))
			.isEqualTo("PLANNED");
		this.mvc
			.perform(multipart("/activities/" + id + "/held")
				.file(new MockMultipartFile("photos", "现场.png", "image/png", PNG))
				.with(this.users.as("liaison"))
				.with(csrf())
				.param("residentsServed", "42")
				.param("summary", "活动顺利")
				.param("units[0].unitId", unit.toString())
				.param("units[0].volunteers", "6")
				.param("units[0].hours", "10.5")
				.param("volunteers[0].name", "张三")
				.param("volunteers[0].unitId", unit.toString())
				.param("volunteers[0].hours", "1.5")
				.param("volunteers[1].name", "")
				.param("version", Long.toString(version(id))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select status from activity where id = ?", String.class, id))
			.isEqualTo("HELD");
		Long photo = this.jdbc.queryForObject("select attachment_id from activity_photo where activity_id = ?",
				Long.class, id);
		this.mvc.perform(get("/activities/" + id).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("42")))
			.andExpect(content().string(containsString("10.5 小时")))
			.andExpect(content().string(containsString("张三")))
			.andExpect(content().string(containsString("/activities/" + id + "/photos/" + photo)));
		this.mvc.perform(get("/activities/" + id + "/photos/" + photo).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"));
		this.mvc.perform(get("/activities/" + id + "/photos/" + photo).with(this.users.as("liaison2")))
			.andExpect(status().isNotFound());
		// the unit tab shows the activity and this year's hours
		if (LocalDateTime.now().minusDays(2).getYear() == LocalDateTime.now().getYear()) {
			this.mvc.perform(get("/units/" + unit + "/activities").with(this.users.as("liaison")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(title)));
		}
		// hours for a unit that is not a partner are refused, not a server error
		this.mvc
			.perform(multipart("/activities/" + id + "/held").with(this.users.as("liaison"))
				.with(csrf())
				.param("residentsServed", "1")
				.param("units[0].unitId", "987654321")
				.param("units[0].volunteers", "1")
				.param("units[0].hours", "1")
				.param("version", Long.toString(version(id))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请选择有效的共建单位")));
		// a future activity cannot be marked held
		Long future = insert(this.jdbc, unique("未来活动"), org, false, LocalDateTime.now().plusDays(5), List.of(unit));
		this.jdbc.update("update activity set created_by_unit_id = ? where id = ?", unit, future);
		this.mvc
			.perform(multipart("/activities/" + future + "/held").with(this.users.as("liaison"))
				.with(csrf())
				.param("residentsServed", "1")
				.param("version", Long.toString(version(future))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("活动尚未开始")));
	}

	@Test
	void shouldFilterAndExport() throws Exception {
		Long org = anyOrganisation();
		String tag = "T" + (System.nanoTime() % 100_000_000);
		String title = unique("筛选活动");
		Long id = insert(this.jdbc, title, org, true, LocalDateTime.of(2025, 3, 5, 9, 0), List.of());
		this.jdbc.update("update activity set festival_tag = ?, festival_year = 2025 where id = ?", tag, id);
		this.mvc.perform(get("/activities").param("tag", tag).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("共 1 项活动")));
		this.mvc
			.perform(get("/activities").param("tag", tag)
				.param("year", "2025")
				.param("month", "4")
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(title))));
		this.mvc
			.perform(get("/activities").param("tag", tag)
				.param("year", "2025")
				.param("month", "3")
				.param("type", "CULTURE")
				.param("publicFlag", "true")
				.param("organiser", org.toString())
				.with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/activities/export.xlsx").param("tag", tag).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		// a festival tag is unique per year (the tag a festival of the calendar, not
		// generated)
		this.jdbc.update("insert into festival_template (code, name, date_rule, month, day, activity_type, active) "
				+ "values (?, ?, 'FIXED', 3, 9, 'CULTURE', false)", tag, unique("筛选节"));
		this.mvc
			.perform(post("/activities/new").with(this.users.as("staff"))
				.with(csrf())
				.param("title", title)
				.param("type", "CULTURE")
				.param("festivalTag", tag)
				.param("start", "2025-03-09T09:00")
				.param("end", "2025-03-09T11:00")
				.param("organiserOrgId", org.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("在 2025 年已有活动")));
	}

}
