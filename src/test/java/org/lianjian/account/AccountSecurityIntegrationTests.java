package org.lianjian.account;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebIntegrationTest
class AccountSecurityIntegrationTests {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private static final String PASSWORD = "correct-horse-42";

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	AccountService accounts;

	@Autowired
	UserAccountRepository repository;

	@Autowired
	SecurityAuditRepository audit;

	private String newAccount(boolean mustChange) {
		String username = "t" + System.nanoTime() % 1_000_000 + "x" + SEQ.incrementAndGet();
		this.accounts.createAccount(new AccountForm(username, "测试用户", Role.STAFF, null, null, null), PASSWORD,
				mustChange);
		return username;
	}

	@Test
	void shouldLockAfterFiveFailuresWithoutRevealingTheUsername() throws Exception {
		String username = newAccount(false);
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("wrong-" + i))
				.andExpect(redirectedUrl("/login?error"));
		}
		UserAccount locked = this.repository.findByUsername(username).orElseThrow();
		assertThat(locked.getLockedUntil()).isAfter(Instant.now().plusSeconds(14 * 60));

		// the right password is refused while locked, with the same answer as a wrong one
		this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(formLogin("/login").user("nobody-" + username).password("x"))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("用户名或密码不正确")));

		assertThat(this.audit.countByTypeAndUsername(AuditEventType.ACCOUNT_LOCKED, username)).isEqualTo(1);
		assertThat(this.audit.countByTypeAndUsername(AuditEventType.LOGIN_FAILURE, username)).isEqualTo(5);
		assertThat(this.audit.countByTypeAndUsername(AuditEventType.LOGIN_REFUSED_LOCKED, username)).isEqualTo(1);

		// after the lock runs out, the right password works and the counter starts again
		locked.setLockedUntil(Instant.now().minusSeconds(1));
		this.repository.saveAndFlush(locked);
		this.mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(this.repository.findByUsername(username).orElseThrow().getFailedAttempts()).isZero();
	}

	@Test
	void shouldNotLockAfterFourFailures() throws Exception {
		String username = newAccount(false);
		for (int i = 0; i < 4; i++) {
			this.mvc.perform(formLogin("/login").user(username).password("wrong"))
				.andExpect(redirectedUrl("/login?error"));
		}
		this.mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void shouldForceAPasswordChangeBeforeAnythingElse() throws Exception {
		String username = newAccount(true);
		MvcResult login = this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		MockHttpSession session = (MockHttpSession) login.getRequest().getSession(false);

		for (String path : new String[] { "/", "/structure", "/structure/organisations" }) {
			this.mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/account/password"));
		}
		this.mvc.perform(get("/account/password").session(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("请先设置新密码")));

		// wrong current password, mismatch and too short are refused next to their field
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", "nope")
				.param("newPassword", "brand-new-pass-1")
				.param("confirmPassword", "brand-new-pass-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("当前密码不正确")));
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "short")
				.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("密码长度应在")));

		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "brand-new-pass-1")
				.param("confirmPassword", "brand-new-pass-1"))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());
		assertThat(this.repository.findByUsername(username).orElseThrow().isMustChangePassword()).isFalse();

		this.mvc.perform(formLogin("/login").user(username).password("brand-new-pass-1")).andExpect(redirectedUrl("/"));
	}

	@Test
	void shouldChangeTheSessionIdAtLogin() throws Exception {
		String username = newAccount(false);
		MockHttpSession before = new MockHttpSession();
		String oldId = before.getId();
		MvcResult login = this.mvc
			.perform(
					post("/login").session(before).with(csrf()).param("username", username).param("password", PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		HttpSession after = login.getRequest().getSession(false);
		assertThat(after).isNotNull();
		assertThat(after.getId()).isNotEqualTo(oldId);
	}

	@Test
	void shouldRefusePostsWithoutCsrfToken() throws Exception {
		this.mvc
			.perform(post("/structure/organisations/new").with(this.users.as("staff"))
				.param("type", "OTHER")
				.param("name", "没有令牌"))
			.andExpect(status().isForbidden());
	}

	@Test
	void shouldSendSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}

	@Test
	void shouldLetAdminsManageAccountsAndAuditIt() throws Exception {
		MvcResult created = this.mvc
			.perform(post("/admin/accounts/new").with(this.users.as("admin"))
				.with(csrf())
				.param("username", "new.secretary" + SEQ.incrementAndGet())
				.param("displayName", "新书记")
				.param("role", "SECRETARY")
				.param("scopeOrganisationId", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("居民区书记必须选择所属组织")))
			.andReturn();
		assertThat(created.getResponse().getContentAsString()).contains("value=\"新书记\"");

		String username = newAccount(false);
		UserAccount a = this.repository.findByUsername(username).orElseThrow();
		Long orgId = this.users.scopeOrganisationOf("secretary");
		this.mvc
			.perform(post("/admin/accounts/" + a.getId() + "/edit").with(this.users.as("admin"))
				.with(csrf())
				.param("username", username)
				.param("displayName", "改为书记")
				.param("role", "SECRETARY")
				.param("scopeOrganisationId", orgId.toString())
				.param("version", String.valueOf(a.getVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.audit.countByTypeAndUsername(AuditEventType.ROLE_CHANGED, username)).isEqualTo(1);
		assertThat(this.audit.countByTypeAndUsername(AuditEventType.SCOPE_CHANGED, username)).isEqualTo(1);

		this.mvc.perform(post("/admin/accounts/" + a.getId() + "/disable").with(this.users.as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/admin/accounts/" + a.getId() + "/enable").with(this.users.as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		MvcResult reset = this.mvc
			.perform(post("/admin/accounts/" + a.getId() + "/reset-password").with(this.users.as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String oneTime = (String) reset.getFlashMap().get("oneTimePassword");
		assertThat(oneTime).hasSize(14);
		this.mvc.perform(formLogin("/login").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		MvcResult login = this.mvc.perform(formLogin("/login").user(username).password(oneTime))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		this.mvc.perform(get("/").session((MockHttpSession) login.getRequest().getSession(false)))
			.andExpect(redirectedUrl("/account/password"));
		assertThat(this.audit.countByTypeAndUsername(AuditEventType.PASSWORD_RESET, username)).isEqualTo(1);
		assertThat(this.audit.countByTypeAndUsername(AuditEventType.ACCOUNT_DISABLED, username)).isEqualTo(1);

		this.mvc.perform(get("/admin/audit").param("username", username).with(this.users.as("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("重置密码")));
	}

	@Test
	void shouldBootstrapAdminOnlyIntoAnEmptyAccountTable() {
		assertThat(this.accounts.bootstrapAdmin("whatever-password")).isEmpty();
	}

}
