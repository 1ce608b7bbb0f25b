package org.lianjian.account;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Account changes reach sessions that are already open: each of the five changes ends a
 * session signed in through the real login form (not a test principal, which would skip
 * the session), at its very next request.
 */
@WebIntegrationTest
class SessionStampTests {

	private static final AtomicInteger SEQ = new AtomicInteger();

	private static final String PASSWORD = "stamp-test-pass-7";

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	AccountService accounts;

	@Autowired
	SecurityAuditRepository audit;

	@Autowired
	JdbcTemplate jdbc;

	/** Each login from its own address, so the login throttle never counts the suite. */
	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private String newAccount(Role role, Long organisation, Long unit) {
		String username = "stamp" + System.nanoTime() % 1_000_000 + "x" + SEQ.incrementAndGet();
		this.accounts.createAccount(new AccountForm(username, "会话测试", role, organisation, unit, null), PASSWORD, false);
		return username;
	}

	MockHttpSession login(String username, String password) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/login").with(csrf())
				.with(from("10.85.0." + (SEQ.incrementAndGet() % 250 + 1)))
				.param("username", username)
				.param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	private void assertEnded(MockHttpSession session, String path, String username) throws Exception {
		long before = this.audit.countByTypeAndUsername(AuditEventType.SESSION_ENDED, username);
		this.mvc.perform(get(path).session(session)).andExpect(redirectedUrl(SessionStamps.ENDED_URL));
		assertThat(session.isInvalid()).as("the old session is invalidated").isTrue();
		assertThat(this.audit.countByTypeAndUsername(AuditEventType.SESSION_ENDED, username)).isEqualTo(before + 1);
	}

	private long idOf(String username) {
		return this.users.idOf(username);
	}

	private long versionOf(String username) {
		return this.jdbc.queryForObject("select version from user_account where username = ?", Long.class, username);
	}

	@Test
	void disablingAnAccountEndsItsOpenSession() throws Exception {
		String username = newAccount(Role.STAFF, null, null);
		MockHttpSession session = login(username, PASSWORD);
		this.mvc.perform(get("/agreements").session(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/accounts/" + idOf(username) + "/disable").with(this.users.as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertEnded(session, "/agreements", username);
	}

	@Test
	void aRoleChangeEndsTheSessionAndTheNextLoginHasTheNewRights() throws Exception {
		String username = newAccount(Role.STAFF, null, null);
		Long unit = this.users.scopeUnitOf("liaison");
		MockHttpSession session = login(username, PASSWORD);
		this.mvc.perform(get("/units/export.xlsx").session(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/accounts/" + idOf(username) + "/edit").with(this.users.as("admin"))
				.with(csrf())
				.param("username", username)
				.param("displayName", "会话测试")
				.param("role", "LIAISON")
				.param("scopeUnitId", unit.toString())
				.param("version", Long.toString(versionOf(username))))
			.andExpect(redirectedUrl("/admin/accounts/" + idOf(username)));

		assertEnded(session, "/units/export.xlsx", username);
		MockHttpSession again = login(username, PASSWORD);
		this.mvc.perform(get("/units/export.xlsx").session(again)).andExpect(status().is4xxClientError());
	}

	@Test
	void aScopeChangeEndsTheSession() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long other = this.jdbc.queryForObject(
				"select id from organisation where type = (select type from organisation where id = ?) and id <> ?"
						+ " order by id limit 1",
				Long.class, area, area);
		String username = newAccount(Role.SECRETARY, area, null);
		MockHttpSession session = login(username, PASSWORD);
		this.mvc.perform(get("/units").session(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/accounts/" + idOf(username) + "/edit").with(this.users.as("admin"))
				.with(csrf())
				.param("username", username)
				.param("displayName", "会话测试")
				.param("role", "SECRETARY")
				.param("scopeOrganisationId", other.toString())
				.param("version", Long.toString(versionOf(username))))
			.andExpect(redirectedUrl("/admin/accounts/" + idOf(username)));

		assertEnded(session, "/units", username);
	}

	@Test
	void aPasswordResetEndsTheSession() throws Exception {
		String username = newAccount(Role.STAFF, null, null);
		MockHttpSession session = login(username, PASSWORD);
		this.mvc.perform(get("/").session(session)).andExpect(status().isOk());

		this.mvc
			.perform(post("/admin/accounts/" + idOf(username) + "/reset-password").with(this.users.as("admin"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertEnded(session, "/", username);
	}

	@Test
	void endingALiaisonsAppointmentEndsTheirSession() throws Exception {
		Long unitId = this.jdbc.queryForObject(
				"select id from resident_unit u where status = 'ACTIVE' and not exists (select 1 from liaison l"
						+ " where l.unit_id = u.id and l.end_date is null and l.is_primary) order by id limit 1",
				Long.class);
		String username = "stamp.liaison" + SEQ.incrementAndGet() + "x" + System.nanoTime() % 100_000;
		MvcResult appointed = this.mvc
			.perform(post("/units/" + unitId + "/liaisons").with(this.users.as("staff"))
				.with(csrf())
				.param("personName", "任期测试")
				.param("position", "党办主任")
				.param("department", "党委办公室")
				.param("phone", "021-65550001")
				.param("email", "liaison@example.com")
				.param("primary", "false")
				.param("_primary", "on")
				.param("startDate", LocalDate.now().toString())
				.param("username", username))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String oneTime = (String) appointed.getFlashMap().get("oneTimePassword");
		this.accounts.changeOwnPassword(this.users.idOf(username), new PasswordForm(oneTime, PASSWORD, PASSWORD));
		MockHttpSession session = login(username, PASSWORD);
		this.mvc.perform(get("/units/" + unitId).session(session)).andExpect(status().isOk());
		Long liaisonId = this.jdbc.queryForObject("select id from liaison where account_id = ? and end_date is null",
				Long.class, this.users.idOf(username));

		this.mvc
			.perform(post("/units/" + unitId + "/liaisons/" + liaisonId + "/end").with(this.users.as("staff"))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());

		assertEnded(session, "/units/" + unitId, username);
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		String username = newAccount(Role.STAFF, null, null);
		MockHttpSession here = login(username, PASSWORD);
		MockHttpSession elsewhere = login(username, PASSWORD);
		String next = "stamp-changed-pass-8";

		this.mvc
			.perform(post("/account/password").session(here)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", next)
				.param("confirmPassword", next))
			.andExpect(redirectedUrl("/"));

		this.mvc.perform(get("/agreements").session(here)).andExpect(status().isOk());
		assertEnded(elsewhere, "/agreements", username);
	}

	@Test
	void anEndedSessionOfAnHtmxRequestIsSentToTheLoginPageAsAWhole() throws Exception {
		String username = newAccount(Role.STAFF, null, null);
		MockHttpSession session = login(username, PASSWORD);
		this.mvc
			.perform(post("/admin/accounts/" + idOf(username) + "/disable").with(this.users.as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());

		this.mvc.perform(get("/agreements").session(session).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Redirect", SessionStamps.ENDED_URL));
	}

}
