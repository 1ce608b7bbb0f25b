package org.lianjian.account;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The password form applies the password rules beside the field, and wrong current
 * passwords count toward the lockout as failed logins do.
 */
@WebIntegrationTest
class PasswordChangeTests {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private static final String PASSWORD = "change-test-pass-3";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	UserAccountRepository repository;

	@Autowired
	SecurityAuditRepository audit;

	private String newAccount() {
		String username = "pwd" + System.nanoTime() % 1_000_000 + "x" + SEQ.incrementAndGet();
		this.accounts.createAccount(new AccountForm(username, "改密测试", Role.STAFF, null, null, null), PASSWORD, false);
		return username;
	}

	private MockHttpSession login(String username, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf())
				.with(SessionStampTests.from("10.86.0." + (SEQ.incrementAndGet() % 250 + 1)))
				.param("username", username)
				.param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private static MockHttpServletRequestBuilder change(MockHttpSession session, String current, String next) {
		return post("/account/password").session(session)
			.with(csrf())
			.header("Accept-Language", "zh-CN")
			.param("currentPassword", current)
			.param("newPassword", next)
			.param("confirmPassword", next);
	}

	@Test
	void shouldRefuseWeakPasswordsBesideTheField() throws Exception {
		String username = newAccount();
		MockHttpSession session = login(username, PASSWORD);
		String[][] cases = { { "x" + username + "x9", "新密码不能包含用户名" }, { "zzzzzzzzzzzz", "同一个字符重复" },
				{ "1234567890", "连续或重复的字符序列" }, { "qwerty123456", "连续或重复的字符序列" }, { "basketball2024", "太常见" },
				{ "woaini1314520", "太常见" } };
		for (String[] c : cases) {
			this.mvc.perform(change(session, PASSWORD, c[0]))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("is-invalid")))
				.andExpect(content().string(containsString(c[1])));
		}
		assertThat(this.repository.findByUsername(username).orElseThrow().getFailedAttempts()).isZero();
		this.mvc.perform(change(session, PASSWORD, "Tiger.lily.9041")).andExpect(redirectedUrl("/"));
	}

	@Test
	void shouldLockAfterFiveWrongCurrentPasswordsAndEndTheSession() throws Exception {
		String username = newAccount();
		MockHttpSession session = login(username, PASSWORD);
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(change(session, "wrong-" + i, "Tiger.lily.9041"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("当前密码不正确")));
		}
		assertThat(this.repository.findByUsername(username).orElseThrow().getFailedAttempts()).isEqualTo(4);

		this.mvc.perform(change(session, "wrong-5", "Tiger.lily.9041")).andExpect(redirectedUrl("/login?locked"));
		assertThat(session.isInvalid()).isTrue();
		UserAccount locked = this.repository.findByUsername(username).orElseThrow();
		assertThat(locked.getLockedUntil()).isNotNull();
		assertThat(this.audit.countByTypeAndUsername(AuditEventType.PASSWORD_CHANGE_FAILED, username)).isEqualTo(5);
		assertThat(this.audit.countByTypeAndUsername(AuditEventType.ACCOUNT_LOCKED, username)).isEqualTo(1);
		this.mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("已锁定 15 分钟")));

		// the right password no longer logs in while the lock lasts
		this.mvc
			.perform(post("/login").with(csrf())
				.with(SessionStampTests.from("10.86.1.1"))
				.param("username", username)
				.param("password", PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void shouldNotCheckTheCurrentPasswordOfALockedAccount() throws Exception {
		String username = newAccount();
		MockHttpSession session = login(username, PASSWORD);
		UserAccount a = this.repository.findByUsername(username).orElseThrow();
		a.setLockedUntil(java.time.Instant.now().plusSeconds(600));
		this.repository.saveAndFlush(a);

		this.mvc.perform(change(session, PASSWORD, "Tiger.lily.9041"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("账户已锁定")));
		assertThat(this.repository.findByUsername(username).orElseThrow().getPasswordHash())
			.isEqualTo(a.getPasswordHash());
	}

}
