package org.lianjian.account;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * A username typed at the login cannot forge or flood a line of the security log, nor
 * break the login with characters PostgreSQL refuses.
 */
@WebIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginLogInjectionTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void shouldWriteTheTypedUsernameOnOneLineAndCutIt(CapturedOutput output) throws Exception {
		String marker = "inj" + System.nanoTime() % 1_000_000;
		String forged = marker + "\r\n00:00:00.000  INFO [main] SECURITY_AUDIT : LOGIN_SUCCESS user=admin\u0000"
				+ "z".repeat(5_000);
		this.mvc
			.perform(post("/login").with(csrf())
				.with(SessionStampTests.from("10.91.0.1"))
				.param("username", forged)
				.param("password", "whatever"))
			.andExpect(redirectedUrl("/login?error"));

		String line = output.getOut()
			.lines()
			.filter((l) -> l.contains("LOGIN_FAILURE") && l.contains(marker))
			.findFirst()
			.orElseThrow();
		assertThat(line).contains(marker + "__00:00:00.000").doesNotContain("zzzzzzzzzz".repeat(20));
		assertThat(output.getOut().lines().filter((l) -> l.startsWith("00:00:00.000  INFO [main] SECURITY_AUDIT")))
			.isEmpty();
		String stored = this.jdbc.queryForObject(
				"select username from security_audit_event where username like ? order by id desc limit 1",
				String.class, marker + "%");
		assertThat(stored).doesNotContain("\r", "\n", "\u0000").hasSizeLessThanOrEqualTo(60);
	}

}
