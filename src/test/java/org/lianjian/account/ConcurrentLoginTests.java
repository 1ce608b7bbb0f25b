package org.lianjian.account;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Logins of one account at the same moment (two devices, an office's shared account) all
 * succeed, and wrong passwords typed at the same moment are all counted: the login
 * bookkeeping is written in one statement each, not through the account's version. Found
 * by bench/workday.sh, where concurrent logins of one account answered 500.
 */
@WebIntegrationTest
class ConcurrentLoginTests {

	private static final int LOGINS = 6;

	/** A password the rules accept, never shown anywhere. */
	private static final String PASSWORD = "Qy-7tr#Lm2vz";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	private String account() {
		String username = "conc" + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("""
				insert into user_account (username, display_name, password_hash, role)
				values (?, ?, ?, 'STAFF')""", username, username, "{noop}" + PASSWORD);
		return username;
	}

	private List<Integer> together(String username, String password) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(LOGINS);
		try {
			List<Callable<Integer>> logins = new ArrayList<>();
			for (int i = 0; i < LOGINS; i++) {
				// each from an address of its own, so the per-address login throttle,
				// which
				// other tests' logins also count, stays out of the way
				String address = "10.77." + (username.hashCode() & 0xff) + "." + (i + 1);
				logins.add(() -> this.mvc.perform(post("/login").with(csrf()).with((request) -> {
					request.setRemoteAddr(address);
					return request;
				}).param("username", username).param("password", password)).andReturn().getResponse().getStatus());
			}
			List<Integer> statuses = new ArrayList<>();
			for (Future<Integer> f : pool.invokeAll(logins)) {
				statuses.add(f.get());
			}
			return statuses;
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void shouldLetTheSameAccountLogInFromSeveralPlacesAtOnce() throws Exception {
		String username = account();
		long version = this.jdbc.queryForObject("select version from user_account where username = ?", Long.class,
				username);
		assertThat(together(username, PASSWORD)).as("every login is let in").containsOnly(302);
		assertThat(this.jdbc.queryForObject("select last_login_at is not null from user_account where username = ?",
				Boolean.class, username))
			.isTrue();
		assertThat(
				this.jdbc.queryForObject("select version from user_account where username = ?", Long.class, username))
			.as("an administrator's open edit of the account stays current")
			.isEqualTo(version);
	}

	@Test
	void shouldCountWrongPasswordsTypedAtOnce() throws Exception {
		String username = account();
		assertThat(together(username, "wrong-" + PASSWORD)).as("every attempt is refused, none fails")
			.containsOnly(302);
		// six attempts: the fifth locks the account, the sixth finds it locked
		assertThat(this.jdbc.queryForObject("select locked_until is not null from user_account where username = ?",
				Boolean.class, username))
			.isTrue();
	}

}
