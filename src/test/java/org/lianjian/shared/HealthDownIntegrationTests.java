package org.lianjian.shared;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lianjian.support.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Stops the database under a running portal. This test needs a PostgreSQL of its own to
 * stop, so it starts a second, private embedded server instead of the shared one.
 */
@SpringBootTest(properties = { "portal.test.own-database=true", "portal.demo-data=false",
		"spring.datasource.hikari.connection-timeout=1000", "spring.datasource.hikari.validation-timeout=500" })
@AutoConfigureMockMvc
class HealthDownIntegrationTests {

	private static final EmbeddedPostgres postgres = TestDatabase.startEmbedded();

	@Autowired
	MockMvc mvc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> postgres.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws Exception {
		postgres.close();
	}

	@Test
	void shouldReportDownAndServeTheOutagePageWhenTheDatabaseStops() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UP"));

		postgres.close();

		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value("DOWN"));
		this.mvc.perform(get("/structure").with(user("staff").roles("STAFF")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().string(containsString("服务暂时不可用")))
			.andExpect(content().string(not(containsString("Exception"))));
	}

}
