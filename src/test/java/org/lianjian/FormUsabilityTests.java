package org.lianjian;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.lianjian.activity.PositionCategory;
import org.lianjian.activity.PositionForm;
import org.lianjian.activity.PositionService;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Forms across the portal (issue 16, "Forms" and "Failed saves must be seen"): the
 * summary of a failed save on top of every form, the many-to-many pickers that fall back
 * to checkboxes, decimals without trailing zeros, score ranges, and the booking form's
 * day.
 */
@WebIntegrationTest
class FormUsabilityTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PositionService positions;

	@Autowired
	StructureService structure;

	@Autowired
	Clock clock;

	private String html(String user, MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request.with(this.users.as(user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void aFailedSaveIsSummarisedOnTopWithALinkToEachFieldInBothLanguages() throws Exception {
		// the agreement form, nothing filled in
		String agreement = html("staff", post("/agreements/new").with(csrf()).param("title", ""));
		assertThat(agreement).contains("id=\"form-error-summary\"", "href=\"#title\"", "href=\"#unitIds\"")
			.containsPattern("\\d+ 处需要修改");
		assertThat(agreement.indexOf("id=\"form-error-summary\"")).isLessThan(agreement.indexOf("name=\"title\""));
		// the activity form in English
		String activity = html("staff",
				post("/activities/new").with(csrf())
					.cookie(new Cookie("lianjian-lang", "en"))
					.param("title", "")
					.param("type", "HEALTH"));
		assertThat(activity).contains("id=\"form-error-summary\"", "href=\"#title\"")
			.containsPattern("\\d+ fields? needs? a change");
		// a form without errors has no summary
		assertThat(html("staff", get("/agreements/new"))).doesNotContain("form-error-summary\"");
	}

	@Test
	void manyToManyChoicesArePickersOverCheckboxesThatPostTheFieldsOwnNames() throws Exception {
		String agreement = html("staff", get("/agreements/new"));
		assertThat(agreement).contains("<fieldset class=\"mb-3 picker\" id=\"unitIds\"", "data-picker")
			.containsPattern("type=\"checkbox\"[^>]*name=\"unitIds\"")
			.doesNotContain("Ctrl", "multiple size=");
		String activity = html("staff", get("/activities/new"));
		assertThat(activity).contains("id=\"partnerUnitIds\"", "id=\"commitmentIds\"")
			.containsPattern("type=\"checkbox\"[^>]*name=\"partnerUnitIds\"")
			.doesNotContain("multiple size=");
		// what the checkboxes post is what the form binds: a failed save keeps the ticks
		Long unit = this.users.scopeUnitOf("liaison");
		Long other = this.users.scopeUnitOf("liaison2");
		String kept = html("staff",
				post("/agreements/new").with(csrf())
					.param("title", "")
					.param("unitIds", unit.toString(), other.toString()));
		assertThat(kept).containsPattern("value=\"" + unit + "\"[^>]*checked")
			.containsPattern("value=\"" + other + "\"[^>]*checked");
	}

	@Test
	void decimalsShowWithoutTrailingZerosAndScoresShowTheirRange() throws Exception {
		Long id = this.jdbc.queryForObject("""
				select a.id from agreement a join commitment c on c.agreement_id = a.id
				where a.status = 'DRAFT' and c.target_quantity = trunc(c.target_quantity) order by a.id limit 1""",
				Long.class);
		String edit = html("staff", get("/agreements/" + id + "/edit"));
		assertThat(edit).containsPattern("name=\"commitments\\[0\\]\\.targetQuantity\" value=\"\\d+\"")
			.doesNotContainPattern("targetQuantity\" value=\"\\d+\\.\\d+\"");
		Integer year = this.jdbc.queryForObject("select max(year) from evaluation_round", Integer.class);
		String round = (year == null) ? "" : html("staff", get("/evaluations/" + year));
		if (round.contains("id=\"minScore\"")) {
			assertThat(round).contains("0–100");
		}
	}

	@Test
	void hoursShowWithTheirUnitAndWithoutTrailingZerosAndTheFormKeepsThemRoundTrippable() throws Exception {
		Long org = this.users.scopeOrganisationOf("secretary");
		Long unit = this.users.scopeUnitOf("liaison");
		LocalDate day = LocalDate.now(this.clock).minusDays(3);
		Long id = this.jdbc.queryForObject("""
				insert into activity (title, type, start_at, end_at, organiser_org_id, public_flag, status,
				  residents_served) values (?, 'CULTURE', ?, ?, ?, false, 'HELD', 5) returning id""", Long.class,
				"时长显示" + System.nanoTime() % 100_000_000, day.atTime(9, 0), day.atTime(11, 0), org);
		this.jdbc.update("insert into activity_partner (activity_id, unit_id) values (?, ?)", id, unit);
		this.jdbc.update(
				"insert into activity_unit_hours (activity_id, unit_id, volunteers, hours) values (?, ?, 3, 15.00)", id,
				unit);
		String detail = html("staff", get("/activities/" + id));
		assertThat(detail).contains(">15 小时<").doesNotContain("15.00");
		String held = html("staff", get("/activities/" + id + "/held"));
		assertThat(held).containsPattern("name=\"units\\[0\\]\\.hours\" value=\"15\"")
			.doesNotContain("value=\"15.00\"");
	}

	@Test
	void theBookingFormShowsTheDaysBookingsAndFreeSlotsAndTheListHasABookButton() throws Exception {
		// a new position open Monday to Friday 09:00–17:00, so the day is known
		List<String> opens = new ArrayList<>();
		List<String> closes = new ArrayList<>();
		for (int d = 1; d <= 7; d++) {
			opens.add(d <= 5 ? "09:00" : "");
			closes.add(d <= 5 ? "17:00" : "");
		}
		Long core = this.structure.holderOf(StructureRole.CORE).orElseThrow();
		PositionForm spec = new PositionForm(PositionCategory.RESIDENT_ROOM, "表单测试活动室" + System.nanoTime() % 100000,
				"测试路2号", 30, null, core, null, null, opens, closes, 0);
		Long position = this.users.call("staff", () -> this.positions.create(spec));
		LocalDate monday = LocalDate.now(this.clock)
			.plusWeeks(2)
			.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		this.mvc
			.perform(post("/positions/" + position + "/book").with(this.users.as("liaison"))
				.with(csrf())
				.param("day", monday.toString())
				.param("startsAt", "10:00")
				.param("endsAt", "11:00")
				.param("purpose", "表单测试预约"))
			.andExpect(status().is3xxRedirection());
		String form = html("liaison", get("/positions/" + position + "/book").param("day", monday.toString()));
		assertThat(form).contains("id=\"booking-day\"", "表单测试预约", "10:00–11:00")
			.contains("hx-get=\"/positions/" + position + "/book/day\"");
		assertThat(form).containsPattern("booking-free[^>]*>09:00–10:00<")
			.containsPattern("booking-free[^>]*>11:00–17:00<");
		// the day alone, as htmx asks for it when the day changes
		String day = html("liaison", get("/positions/" + position + "/book/day").param("day", monday.toString()));
		assertThat(day).startsWith("<section").contains("表单测试预约").doesNotContain("<html");
		// a failed save shows the posted day's schedule
		String failed = html("liaison",
				post("/positions/" + position + "/book").with(csrf())
					.param("day", monday.toString())
					.param("startsAt", "")
					.param("endsAt", "")
					.param("purpose", ""));
		assertThat(failed).contains("表单测试预约", "id=\"form-error-summary\"");
		assertThat(html("liaison", get("/positions"))).contains("href=\"/positions/" + position + "/book\"");
	}

}
