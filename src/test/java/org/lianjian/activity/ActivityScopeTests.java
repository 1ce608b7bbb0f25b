package org.lianjian.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.account.DataScope;
import org.lianjian.account.Role;
import org.lianjian.structure.StructureService;
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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees and changes which activity: liaisons those their unit is a partner of,
 * secretaries those organised in their subtree, everybody the public ones (read only);
 * anything else is not found. Also the calendar API for the festival calendar.
 */
@WebIntegrationTest
class ActivityScopeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ActivityService service;

	@Autowired
	StructureService structure;

	@Autowired
	UserDetailsService userDetails;

	/** An organisation outside the secretary's subtree. */
	private Long otherOrganisation() {
		var subtree = this.structure.subtreeIds(this.users.scopeOrganisationOf("secretary"));
		return this.jdbc.queryForList("select id from organisation order by id", Long.class)
			.stream()
			.filter((id) -> !subtree.contains(id))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void shouldLimitReadingAndWritingToScope() throws Exception {
		Long secretaryOrg = this.users.scopeOrganisationOf("secretary");
		Long other = otherOrganisation();
		Long unit = this.users.scopeUnitOf("liaison");
		Long unit2 = this.users.scopeUnitOf("liaison2");
		LocalDateTime when = LocalDateTime.now().minusDays(3);
		String tag = ActivityIntegrationTests.unique("范围");
		Long ofUnit = ActivityIntegrationTests.insert(this.jdbc, tag + "单位内部", other, false, when, List.of(unit));
		Long ofOrg = ActivityIntegrationTests.insert(this.jdbc, tag + "街道内部", secretaryOrg, false, when,
				List.of(unit2));
		Long publicOne = ActivityIntegrationTests.insert(this.jdbc, tag + "公开", other, true, when, List.of(unit2));

		// liaison: own unit's activity and public ones
		this.mvc.perform(get("/activities/" + ofUnit).with(this.users.as("liaison"))).andExpect(status().isOk());
		this.mvc.perform(get("/activities/" + ofOrg).with(this.users.as("liaison"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/activities/" + publicOne).with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/activities/" + publicOne + "/edit"))));
		this.mvc.perform(get("/activities/" + publicOne + "/edit").with(this.users.as("liaison")))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/activities/" + publicOne + "/cancel").with(this.users.as("liaison"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/activities/" + ofOrg + "/cancel").with(this.users.as("liaison"))
				.with(csrf())
				.param("version", "0"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/activities").param("year", "" + when.getYear())
				.param("month", "" + when.getMonthValue())
				.param("size", "100")
				.with(this.users.as("liaison")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(tag + "单位内部")))
			.andExpect(content().string(containsString(tag + "公开")))
			.andExpect(content().string(not(containsString(tag + "街道内部"))));

		// secretary: organised in the subtree, and public ones
		this.mvc.perform(get("/activities/" + ofOrg + "/edit").with(this.users.as("secretary")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/activities/" + ofUnit).with(this.users.as("secretary")))
			.andExpect(status().isNotFound());
		// a secretary cannot move an activity to an organiser outside their subtree
		this.mvc
			.perform(post("/activities/" + ofOrg + "/edit").with(this.users.as("secretary"))
				.with(csrf())
				.param("title", tag + "街道内部")
				.param("type", "CULTURE")
				.param("start", "2026-01-01T09:00")
				.param("end", "2026-01-01T10:00")
				.param("organiserOrgId", other.toString())
				.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("只能选择本组织及下级组织作为组织方")));

		// staff: everything
		for (Long id : List.of(ofUnit, ofOrg, publicOne)) {
			this.mvc.perform(get("/activities/" + id).with(this.users.as("staff"))).andExpect(status().isOk());
		}

		// the calendar API: scope plus public for inRange, public alone for publicInRange
		LocalDate day = when.toLocalDate();
		List<Long> forLiaison = this.service
			.inRange(day, day, null, new DataScope(Role.LIAISON, java.util.Set.of(), unit))
			.stream()
			.map(ActivityView::id)
			.toList();
		assertThat(forLiaison).contains(ofUnit, publicOne).doesNotContain(ofOrg);
		List<Long> pub = this.service.publicInRange(day, day, ActivityType.CULTURE)
			.stream()
			.map(ActivityView::id)
			.toList();
		assertThat(pub).contains(publicOne).doesNotContain(ofUnit, ofOrg);
	}

	@Test
	void shouldCreatePlannedFestivalActivitiesOncePerYear() {
		UserDetails staff = this.userDetails.loadUserByUsername("staff");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		try {
			String tag = "TEST-" + System.nanoTime() % 100_000_000;
			LocalDateTime start = LocalDateTime.of(2031, 2, 1, 9, 0);
			Long first = this.service.createPlanned("春节慰问", ActivityType.CARE, tag, start, start.plusHours(3), null,
					true);
			Long again = this.service.createPlanned("春节慰问（重复）", ActivityType.CARE, tag, start.plusDays(1),
					start.plusDays(1).plusHours(3), null, true);
			Long nextYear = this.service.createPlanned("春节慰问", ActivityType.CARE, tag, start.plusYears(1),
					start.plusYears(1).plusHours(3), null, true);
			assertThat(again).isEqualTo(first);
			assertThat(nextYear).isNotEqualTo(first);
			assertThat(this.service.inRange(start.toLocalDate(), start.toLocalDate(), ActivityType.CARE))
				.extracting(ActivityView::id)
				.contains(first);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
