package org.lianjian.account;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Anonymous load: visiting the login page creates no session, failed logins create none,
 * and login attempts over the limits are turned away before any password is checked.
 */
@WebIntegrationTest
class LoginLoadTests {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	SecurityAuditRepository audit;

	/**
	 * Spring Security's {@code csrf()} test support swaps the CSRF token repository of
	 * the shared filter chain for a session-based one, for every later request of the
	 * test JVM; this puts the portal's own back, so these tests see what a browser sees.
	 */
	static RequestPostProcessor portalCsrf() {
		return (request) -> {
			WebTestUtils.setCsrfTokenRepository(request, new LoginCsrfTokenRepository());
			return request;
		};
	}

	@Test
	void anAnonymousVisitOfTheLoginPageCreatesNoSession() throws Exception {
		MvcResult page = this.mvc.perform(get("/login").with(portalCsrf()).with(SessionStampTests.from("10.87.0.1")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(page.getRequest().getSession(false)).as("HTTP session").isNull();
		Cookie token = page.getResponse().getCookie(LoginCsrfTokenRepository.COOKIE);
		assertThat(token).as("the form's CSRF token, in a cookie").isNotNull();
		assertThat(token.isHttpOnly()).isTrue();
		Matcher m = TOKEN.matcher(page.getResponse().getContentAsString());
		assertThat(m.find()).isTrue();

		// a protected page sends the visitor to the login without a session either
		MvcResult protectedPage = this.mvc
			.perform(get("/agreements").with(portalCsrf()).with(SessionStampTests.from("10.87.0.1")))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		assertThat(protectedPage.getRequest().getSession(false)).isNull();

		// and a failed login makes none
		MvcResult failed = this.mvc
			.perform(post("/login").with(portalCsrf())
				.cookie(token)
				.with(SessionStampTests.from("10.87.0.2"))
				.param("_csrf", m.group(1))
				.param("username", "nobody-" + SEQ.incrementAndGet())
				.param("password", "wrong-password"))
			.andExpect(redirectedUrl("/login?error"))
			.andReturn();
		assertThat(failed.getRequest().getSession(false)).isNull();
	}

	@Test
	void theLoginFormWorksWithTheCookieTokenAndRefusesAMissingOne() throws Exception {
		String username = "load" + System.nanoTime() % 1_000_000 + "x" + SEQ.incrementAndGet();
		this.accounts.createAccount(new AccountForm(username, "登录测试", Role.STAFF, null, null, null), "load-test-pass-5",
				false);
		MvcResult page = this.mvc.perform(get("/login").with(portalCsrf()).with(SessionStampTests.from("10.87.1.1")))
			.andReturn();
		Cookie cookie = page.getResponse().getCookie(LoginCsrfTokenRepository.COOKIE);
		Matcher m = TOKEN.matcher(page.getResponse().getContentAsString());
		assertThat(m.find()).isTrue();

		this.mvc
			.perform(post("/login").with(portalCsrf())
				.cookie(cookie)
				.with(SessionStampTests.from("10.87.1.1"))
				.param("_csrf", "not-the-token")
				.param("username", username)
				.param("password", "load-test-pass-5"))
			.andExpect(status().isForbidden());
		MvcResult login = this.mvc
			.perform(post("/login").with(portalCsrf())
				.cookie(cookie)
				.with(SessionStampTests.from("10.87.1.1"))
				.param("_csrf", m.group(1))
				.param("username", username)
				.param("password", "load-test-pass-5"))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(login.getRequest().getSession(false)).as("the session starts at the login").isNotNull();
		Cookie cleared = login.getResponse().getCookie(LoginCsrfTokenRepository.COOKIE);
		assertThat(cleared).as("the login token is replaced").isNotNull();
		assertThat(cleared.getMaxAge()).isZero();
	}

	@Test
	void rapidAttemptsForOneUsernameAreTurnedAwayWithoutCheckingThePassword() throws Exception {
		String username = "throttled" + SEQ.incrementAndGet() + "x" + System.nanoTime() % 1_000_000;
		int limit = this.throttle.perUsername();
		for (int i = 0; i < limit; i++) {
			this.mvc
				.perform(post("/login").with(csrf())
					.with(SessionStampTests.from("10.88." + SEQ.incrementAndGet() % 250 + ".1"))
					.param("username", username)
					.param("password", "wrong-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		for (int i = 0; i < 3; i++) {
			this.mvc
				.perform(post("/login").with(csrf())
					.with(SessionStampTests.from("10.89." + SEQ.incrementAndGet() % 250 + ".1"))
					.param("username", username)
					.param("password", "wrong-again"))
				.andExpect(status().isTooManyRequests())
				.andExpect(header().exists("Retry-After"))
				.andExpect(forwardedUrl("/login"));
		}
		assertThat(this.audit.countByTypeAndUsername(AuditEventType.LOGIN_FAILURE, username)).as("passwords checked")
			.isEqualTo(limit);
		assertThat(this.audit.countByTypeAndUsername(AuditEventType.LOGIN_THROTTLED, username))
			.as("logged once a window")
			.isEqualTo(1);
	}

	@Test
	void rapidAttemptsFromOneAddressAreTurnedAway() throws Exception {
		String address = "10.90.0." + (SEQ.incrementAndGet() % 250 + 1);
		int limit = this.throttle.perAddress();
		int refused = 0;
		for (int i = 0; i < limit + 3; i++) {
			int status = this.mvc
				.perform(post("/login").with(csrf())
					.with(SessionStampTests.from(address))
					.param("username", "spray" + i + "x" + System.nanoTime() % 100_000)
					.param("password", "wrong"))
				.andReturn()
				.getResponse()
				.getStatus();
			refused += (status == 429) ? 1 : 0;
		}
		assertThat(refused).isEqualTo(3);
	}

	@Test
	void theThrottledLoginPageSaysWhy() throws Exception {
		this.mvc.perform(get("/login").requestAttr(LoginThrottleFilter.THROTTLED, Boolean.TRUE))
			.andExpect(content().string(containsString("登录尝试过于频繁")));
	}

	@Test
	void theLimiterKeepsABoundedNumberOfCountersAndForgetsThemAfterAMinute() {
		MutableClock clock = new MutableClock();
		LoginThrottle small = new LoginThrottle(clock, 2, 2, 1_000);
		assertThat(small.attempt("198.51.100.7", "wang").allowed()).isTrue();
		for (int i = 0; i < 20_000; i++) {
			small.attempt("192.0.2." + i, "user" + i);
		}
		assertThat(small.keys()).as("counters kept").isLessThanOrEqualTo(1_000 + 2);
		// the flood did not reset the counters it found
		assertThat(small.attempt("198.51.100.7", "wang").allowed()).isTrue();
		assertThat(small.attempt("198.51.100.7", "wang")).isEqualTo(LoginThrottle.Verdict.FIRST_REFUSED);
		// while the table is full, new names share one counter, which the flood used up
		assertThat(small.attempt("203.0.113.9", "zhao").allowed()).isFalse();

		clock.now = clock.now.plus(LoginThrottle.WINDOW);
		assertThat(small.attempt("203.0.113.9", "zhao").allowed()).as("a new minute").isTrue();
		assertThat(small.keys()).as("old windows swept out").isLessThanOrEqualTo(2);
		assertThat(small.attempt("203.0.113.9", "zhao").allowed()).isTrue();
		assertThat(small.attempt("203.0.113.9", "qian")).isEqualTo(LoginThrottle.Verdict.FIRST_REFUSED);
		assertThat(small.attempt("203.0.113.9", "sun")).isEqualTo(LoginThrottle.Verdict.REFUSED);
	}

	static final class MutableClock extends Clock {

		Instant now = Instant.parse("2026-03-01T02:00:00Z");

		@Override
		public java.time.ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
