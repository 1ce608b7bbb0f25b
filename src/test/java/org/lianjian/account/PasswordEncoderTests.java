package org.lianjian.account;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal's password encoder: bcrypt at the configured work factor for new hashes, and
 * hashes of other kinds still accepted.
 */
class PasswordEncoderTests {

	@Test
	void shouldHashWithBcryptAtTheConfiguredWorkFactor() {
		PasswordEncoder production = new SecurityConfig().passwordEncoder(10, 0);
		String hash = production.encode("lianjian-demo");
		assertThat(hash).startsWith("{bcrypt}$2a$10$");
		assertThat(production.matches("lianjian-demo", hash)).isTrue();
		assertThat(production.matches("lianjian-demo!", hash)).isFalse();
		assertThat(new SecurityConfig().passwordEncoder(4, 0).encode("x")).startsWith("{bcrypt}$2a$04$");
	}

	@Test
	void shouldStillAcceptAHashOfAnotherKind() {
		PasswordEncoder portal = new SecurityConfig().passwordEncoder(10, 0);
		String other = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode("lianjian-demo");
		assertThat(portal.matches("lianjian-demo", "{pbkdf2@SpringSecurity_v5_8}" + other)).isTrue();
		assertThat(portal.matches("wrong", "{pbkdf2@SpringSecurity_v5_8}" + other)).isFalse();
	}

}
