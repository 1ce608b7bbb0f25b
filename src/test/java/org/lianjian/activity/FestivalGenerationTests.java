package org.lianjian.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The festival calendar: generating a year's planned activities from the templates, once
 * only; the staff pages; and editing a template.
 */
@WebIntegrationTest
class FestivalGenerationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	FestivalService festivals;

	@Autowired
	FestivalTemplateRepository templates;

	@Autowired
	ActivityRepository activities;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService userDetails;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	private void loginAs(String username) {
		UserDetails user = this.userDetails.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	private long festivalActivities(int year) {
		Long n = this.jdbc.queryForObject(
				"select count(*) from activity where festival_year = ? and festival_tag is not null", Long.class, year);
		return n == null ? 0 : n;
	}

	@Test
	void shouldNotDuplicateWhenGeneratingTwice() throws Exception {
		int year = 2060 + ThreadLocalRandom.current().nextInt(40);
		List<FestivalTemplate> active = this.templates.findByActiveTrueOrderBySortOrderAscIdAsc();
		assertThat(active).extracting(FestivalTemplate::getCode)
			.contains("new-year", "spring-festival", "lei-feng-day", "party-day", "army-day", "national-day",
					"double-ninth", "volunteer-day", "fitness-festival", "arts-festival");

		this.mvc
			.perform(post("/activities/festivals/generate").param("year", String.valueOf(year))
				.with(csrf())
				.with(this.users.as("staff")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/activities/festivals?year=" + year))
			.andExpect(flash().attributeExists("generated"));
		long afterFirst = festivalActivities(year);
		for (FestivalTemplate t : active) {
			Activity a = this.activities.findByFestivalTagAndFestivalYear(t.getCode(), year).orElseThrow();
			assertThat(a.getStatus()).isEqualTo(ActivityStatus.PLANNED);
			assertThat(a.getType()).isEqualTo(t.getActivityType());
			assertThat(a.getStartAt()).isEqualTo(t.dateIn(year).atTime(9, 0));
			assertThat(a.isPublicFlag()).isEqualTo(t.isPublicFlag());
		}
		assertThat(afterFirst).isGreaterThanOrEqualTo(active.size());

		loginAs("staff");
		FestivalService.Generated second = this.festivals.generate(year);
		assertThat(second.created()).isZero();
		assertThat(second.existing()).isEqualTo(active.size());
		assertThat(festivalActivities(year)).as("count before/after the second run").isEqualTo(afterFirst);
	}

	@Test
	void shouldPlaceLunarAndMonthFestivalsOnTheRightDays() {
		loginAs("staff");
		int year = 2027;
		List<FestivalTemplateView> views = this.festivals.templates(year);
		assertThat(views).filteredOn((v) -> v.code().equals("spring-festival"))
			.singleElement()
			.extracting(FestivalTemplateView::dateInYear)
			.isEqualTo(LocalDate.of(2027, 2, 6));
		assertThat(views).filteredOn((v) -> v.code().equals("double-ninth"))
			.singleElement()
			.extracting(FestivalTemplateView::dateInYear)
			.isEqualTo(LocalDate.of(2027, 10, 8));
		// 2027-08-07 is the first Saturday of August 2027
		assertThat(views).filteredOn((v) -> v.code().equals("fitness-festival"))
			.singleElement()
			.extracting(FestivalTemplateView::dateInYear)
			.isEqualTo(LocalDate.of(2027, 8, 7));
		assertThat(LocalDate.of(2027, 2, 6).atTime(FestivalService.START))
			.isEqualTo(LocalDateTime.of(2027, 2, 6, 9, 0));
	}

	@Test
	void shouldLetOnlyStaffManageTheCalendar() throws Exception {
		this.mvc.perform(get("/activities/festivals").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("重阳节")));
		for (String who : new String[] { "secretary", "liaison" }) {
			this.mvc.perform(get("/activities/festivals").with(this.users.as(who))).andExpect(status().isForbidden());
			this.mvc.perform(get("/activities/festivals/new").with(this.users.as(who)))
				.andExpect(status().isForbidden());
			this.mvc.perform(
					post("/activities/festivals/generate").param("year", "2031").with(csrf()).with(this.users.as(who)))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/activities/festivals/999999999/edit").with(this.users.as("staff")))
			.andExpect(status().isNotFound());
	}

	@Test
	void shouldCreateAndEditATemplate() throws Exception {
		String name = "测试节" + System.nanoTime() % 1_000_000;
		// a fixed date needs a day: the form comes back with the error next to the field
		this.mvc
			.perform(post("/activities/festivals").param("name", name)
				.param("dateRule", "FIXED")
				.param("month", "2")
				.param("day", "")
				.param("activityType", "CULTURE")
				.param("version", "0")
				.with(csrf())
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "day"));
		this.mvc
			.perform(post("/activities/festivals").param("name", name)
				.param("dateRule", "FIXED")
				.param("month", "2")
				.param("day", "30")
				.param("activityType", "CULTURE")
				.param("version", "0")
				.with(csrf())
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "day"));
		// inactive, so that it does not take part in other tests' generation runs
		this.mvc
			.perform(post("/activities/festivals").param("name", name)
				.param("dateRule", "LUNAR")
				.param("month", "8")
				.param("day", "15")
				.param("activityType", "CULTURE")
				.param("publicFlag", "true")
				.param("_active", "on")
				.param("version", "0")
				.with(csrf())
				.with(this.users.as("staff")))
			.andExpect(status().is3xxRedirection());
		FestivalTemplate t = this.templates.findAll()
			.stream()
			.filter((x) -> x.getName().equals(name))
			.findFirst()
			.orElseThrow();
		assertThat(t.isActive()).isFalse();
		assertThat(t.isPublicFlag()).isTrue();
		assertThat(t.dateIn(2026)).isEqualTo(LocalDate.of(2026, 9, 25));

		this.mvc.perform(get("/activities/festivals/{id}/edit", t.getId()).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		this.mvc
			.perform(post("/activities/festivals/{id}/edit", t.getId()).param("name", name + "改")
				.param("dateRule", "MONTH")
				.param("month", "9")
				.param("activityType", "SPORTS")
				.param("_publicFlag", "on")
				.param("_active", "on")
				.param("version", String.valueOf(t.getVersion()))
				.with(csrf())
				.with(this.users.as("staff")))
			.andExpect(status().is3xxRedirection());
		FestivalTemplate edited = this.templates.findById(t.getId()).orElseThrow();
		assertThat(edited.getName()).isEqualTo(name + "改");
		assertThat(edited.getDateRule()).isEqualTo(FestivalDateRule.MONTH);
		assertThat(edited.getDay()).isNull();
		assertThat(edited.isPublicFlag()).isFalse();
		assertThat(edited.getCode()).isEqualTo(t.getCode());
		// a stale version is refused with the user's input kept
		this.mvc
			.perform(post("/activities/festivals/{id}/edit", t.getId()).param("name", name + "旧")
				.param("dateRule", "MONTH")
				.param("month", "9")
				.param("activityType", "SPORTS")
				.param("version", String.valueOf(t.getVersion()))
				.with(csrf())
				.with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name + "旧")));
	}

	@Test
	void shouldSeedLanternDragonBoatAndMidAutumnWithLunarRules() {
		java.util.Map<String, FestivalTemplate> byCode = new java.util.HashMap<>();
		this.templates.findAll().forEach((t) -> byCode.put(t.getCode(), t));
		assertThat(byCode).containsKeys("lantern-festival", "dragon-boat", "mid-autumn");
		assertThat(byCode.values())
			.filteredOn((t) -> t.getCode().equals("lantern-festival") || t.getCode().equals("dragon-boat")
					|| t.getCode().equals("mid-autumn"))
			.allSatisfy((t) -> assertThat(t.getDateRule()).isEqualTo(FestivalDateRule.LUNAR));
		assertThat(byCode.get("lantern-festival").getName()).isEqualTo("元宵节");
		assertThat(byCode.get("lantern-festival").dateIn(2027)).isEqualTo(java.time.LocalDate.of(2027, 2, 20));
		assertThat(byCode.get("dragon-boat").dateIn(2027)).isEqualTo(java.time.LocalDate.of(2027, 6, 9));
		assertThat(byCode.get("mid-autumn").dateIn(2027)).isEqualTo(java.time.LocalDate.of(2027, 9, 15));
	}

}
