package org.lianjian.activity;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The iCalendar feeds, parsed back with ical4j: the public feed holds public activities
 * only; the private feed answers only to the current token of an account and holds that
 * account's scope.
 */
@WebIntegrationTest
class IcalFeedTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	ActivityService activities;

	@Autowired
	UserDetailsService userDetails;

	private String publicTitle;

	private String internalTitle;

	@BeforeEach
	void createActivities() {
		UserDetails staff = this.userDetails.loadUserByUsername("staff");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		long n = System.nanoTime();
		this.publicTitle = "公开日历测试" + n;
		this.internalTitle = "内部日历测试" + n;
		LocalDate day = LocalDate.now().plusDays(3);
		this.activities.createPlanned(this.publicTitle, ActivityType.CULTURE, "ical-public-" + n, day.atTime(9, 0),
				day.atTime(11, 0), null, true);
		this.activities.createPlanned(this.internalTitle, ActivityType.PARTY_LECTURE, "ical-internal-" + n,
				day.atTime(14, 0), day.atTime(16, 0), null, false);
		SecurityContextHolder.clearContext();
	}

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	private static List<String> summaries(MvcResult result) throws Exception {
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		assertThat(events).allSatisfy((e) -> {
			assertThat(e.getUid()).isPresent();
			assertThat(e.getDateTimeStart()).isNotNull();
		});
		return events.stream().map((e) -> e.getSummary().getValue()).toList();
	}

	private String newToken(String username) throws Exception {
		MvcResult result = this.mvc.perform(post("/account/calendar").with(csrf()).with(this.users.as(username)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String url = (String) result.getFlashMap().get("feedUrl");
		assertThat(url).matches(".*/calendar/[A-Za-z0-9_-]{43}\\.ics");
		return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
	}

	@Test
	void shouldServePublicActivitiesOnlyWithoutLogin() throws Exception {
		MvcResult result = this.mvc.perform(get("/calendar.ics")).andExpect(status().isOk()).andReturn();
		List<String> summaries = summaries(result);
		assertThat(summaries).contains(this.publicTitle).doesNotContain(this.internalTitle);
		assertThat(summaries).filteredOn(this.publicTitle::equals).hasSize(1);
	}

	@Test
	void shouldServeThePrivateFeedOfTheTokensAccount() throws Exception {
		String token = newToken("staff");
		MvcResult result = this.mvc.perform(get("/calendar/{token}.ics", token)).andExpect(status().isOk()).andReturn();
		assertThat(summaries(result)).contains(this.publicTitle, this.internalTitle);

		// a liaison's scope does not cover an internal activity of the core
		String liaisonToken = newToken("liaison");
		MvcResult forLiaison = this.mvc.perform(get("/calendar/{token}.ics", liaisonToken))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(summaries(forLiaison)).contains(this.publicTitle).doesNotContain(this.internalTitle);
	}

	@Test
	void shouldAnswer404ForAWrongOrReplacedToken() throws Exception {
		this.mvc.perform(get("/calendar/{token}.ics", "x".repeat(43))).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/{token}.ics", "short")).andExpect(status().isNotFound());
		String old = newToken("secretary");
		this.mvc.perform(get("/calendar/{token}.ics", old)).andExpect(status().isOk());
		String fresh = newToken("secretary");
		assertThat(fresh).isNotEqualTo(old);
		this.mvc.perform(get("/calendar/{token}.ics", old)).andExpect(status().isNotFound());
		this.mvc.perform(get("/calendar/{token}.ics", fresh)).andExpect(status().isOk());
	}

	@Test
	void shouldShowTheFeedPageToAnyUser() throws Exception {
		for (String who : new String[] { "staff", "secretary", "liaison" }) {
			this.mvc.perform(get("/account/calendar").with(this.users.as(who)))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString("/calendar.ics")));
		}
		this.mvc.perform(get("/account/calendar")).andExpect(status().is3xxRedirection());
	}

	@Test
	void shouldFoldLongChineseLinesAtSeventyFiveOctetsAndKeepUidsWhateverTheHost() throws Exception {
		UserDetails staff = this.userDetails.loadUserByUsername("staff");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		String title = "曲阳街道区域化党建联建共建单位迎新春送温暖志愿服务暨党员先锋岗主题党日活动（第" + System.nanoTime() % 100000 + "期）𠮷祥如意";
		LocalDate day = LocalDate.now().plusDays(4);
		this.activities.createPlanned(title, ActivityType.CULTURE, "ical-long-" + System.nanoTime(), day.atTime(9, 0),
				day.atTime(11, 0), null, true);
		SecurityContextHolder.clearContext();
		assertThat(title.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(128);

		String one = feed("portal.example.org");
		for (String line : one.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		Calendar calendar = new CalendarBuilder().build(new StringReader(one));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		VEvent event = events.stream()
			.filter((e) -> e.getSummary().getValue().equals(title))
			.findFirst()
			.orElseThrow(() -> new AssertionError("the long title did not survive folding"));
		String uid = event.getUid().orElseThrow().getValue();
		assertThat(uid).matches("activity-\\d+@lianjian\\.local");

		String other = feed("10.0.0.7");
		List<String> uids = uids(one);
		assertThat(uids).isNotEmpty().contains(uid);
		assertThat(uids(other)).isEqualTo(uids);
	}

	private String feed(String host) throws Exception {
		return this.mvc.perform(get("/calendar.ics").header("Host", host).with((request) -> {
			request.setServerName(host);
			return request;
		})).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private static List<String> uids(String body) throws Exception {
		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		List<VEvent> events = calendar.getComponents(Component.VEVENT);
		return events.stream().map((e) -> e.getUid().orElseThrow().getValue()).toList();
	}

}
