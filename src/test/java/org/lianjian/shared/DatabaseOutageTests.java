package org.lianjian.shared;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lianjian.support.FormPosts;
import org.lianjian.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The database goes away under a running portal and comes back. While it is away every
 * page answers with the 503 page in the layout and health says DOWN; once PostgreSQL is
 * running again on the same data directory and port, pages work again within 5 seconds
 * without restarting the portal, and every write the portal acknowledged before the
 * outage is still there.
 *
 * <p>
 * The test runs a private embedded PostgreSQL (the shared one cannot be stopped), with
 * demo data, and the portal's own Hikari settings from {@code application.properties}.
 */
@SpringBootTest(properties = { "portal.test.own-database=true", "portal.demo-data=true",
		"logging.level.org.lianjian.shared.db.ReconnectFilter=DEBUG" })
@AutoConfigureMockMvc
class DatabaseOutageTests {

	/** What the issue allows between PostgreSQL being back and pages working again. */
	static final Duration RECOVERY_LIMIT = Duration.ofSeconds(5);

	private static final Path dir = tempDirectory();

	private static final int port = freePort();

	private static EmbeddedPostgres postgres = start();

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> "jdbc:postgresql://localhost:" + port + "/postgres");
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "");
	}

	@AfterAll
	static void stop() throws IOException {
		postgres.close();
		FileSystemUtils.deleteRecursively(dir);
	}

	/** Same data directory, same port, data kept: a restart, not a new database. */
	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder()
				.setDataDirectory(dir)
				.setCleanDataDirectory(false)
				.setPort(port)
				.setPGStartupWait(Duration.ofSeconds(60))
				.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path tempDirectory() {
		try {
			return Files.createTempDirectory("lianjian-outage-pg");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void shouldServeTheOutagePageAndRecoverWithoutLosingAcknowledgedWrites() throws Exception {
		// resolved now: loading the account needs the database
		RequestPostProcessor staff = this.users.as("staff");
		Long area = this.users.scopeOrganisationOf("secretary");
		assertThat(status(get("/actuator/health"))).isEqualTo(200);

		// writes acknowledged through the UI: created units, then an edit of the first
		String tag = "停库" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
		Map<String, Long> created = new LinkedHashMap<>();
		for (int i = 0; i < 5; i++) {
			String name = tag + "-单位" + i;
			MvcResult result = this.mvc.perform(FormPosts.unit("/units/new", name, "地址" + i, area, null).with(staff))
				.andReturn();
			assertThat(result.getResponse().getStatus()).as("create acknowledged").isEqualTo(302);
			String location = result.getResponse().getRedirectedUrl();
			created.put(name, Long.valueOf(location.substring(location.lastIndexOf('/') + 1)));
		}
		String firstName = tag + "-单位0";
		Long first = created.get(firstName);
		String edit = this.mvc.perform(get("/units/" + first + "/edit").with(staff))
			.andReturn()
			.getResponse()
			.getContentAsString();
		long version = FormPosts.versionIn(edit);
		MvcResult saved = this.mvc
			.perform(FormPosts.unit("/units/" + first + "/edit", firstName, "修改后的地址", area, version).with(staff))
			.andReturn();
		assertThat(saved.getResponse().getStatus()).as("edit acknowledged").isEqualTo(302);
		// the pages answer before the outage
		for (String page : new String[] { "/units", "/units/" + first }) {
			assertThat(status(get(page).with(staff))).as(page).isEqualTo(200);
			assertThat(status(get(page).with(staff))).as(page).isEqualTo(200);
		}

		// the outage: each request waits the pool's connection timeout (5 s) before its
		// answer, so they are sent at once, as users would, rather than one after another
		postgres.close();

		String lost = tag + "-停库期间";
		Map<String, MockHttpServletRequestBuilder> during = new LinkedHashMap<>();
		during.put("health", get("/actuator/health"));
		for (String page : new String[] { "/units", "/units/" + first, "/agreements", "/structure" }) {
			during.put(page, get(page).with(staff));
		}
		during.put("POST /units/new", FormPosts.unit("/units/new", lost, "地址", area, null).with(staff));
		Map<String, MockHttpServletResponse> answers = performAtOnce(during);

		MockHttpServletResponse health = answers.remove("health");
		assertThat(health.getStatus()).isEqualTo(503);
		assertThat(health.getContentAsString()).contains("\"DOWN\"");
		MockHttpServletResponse refused = answers.remove("POST /units/new");
		assertThat(refused.getStatus()).as("a write during the outage is refused, not acknowledged").isEqualTo(503);
		assertOutagePage("POST /units/new", refused.getContentAsString());
		answers.forEach((page, response) -> {
			assertThat(response.getStatus()).as(page).isEqualTo(503);
			assertOutagePage(page, contentOf(response));
		});

		// PostgreSQL comes back: same data directory, same port; the portal is not
		// restarted
		long restart = System.nanoTime();
		postgres = start();
		long up = System.nanoTime();
		AtomicInteger polls = new AtomicInteger();
		await("/units answering 200 after PostgreSQL came back").atMost(RECOVERY_LIMIT.multipliedBy(4))
			.pollDelay(Duration.ZERO)
			.pollInterval(Duration.ofMillis(50))
			.pollInSameThread()
			.until(() -> {
				polls.incrementAndGet();
				return status(get("/units").with(staff)) == 200;
			});
		long recovered = System.nanoTime();
		Duration recovery = Duration.ofNanos(recovered - up);
		System.out.printf(
				"database outage: PostgreSQL restart took %d ms; pages worked again %d ms after it was up (%d polls)%n",
				(up - restart) / 1_000_000, recovery.toMillis(), polls.get());
		assertThat(recovery).as("time from PostgreSQL up to pages working").isLessThanOrEqualTo(RECOVERY_LIMIT);
		assertThat(status(get("/actuator/health"))).isEqualTo(200);

		// every acknowledged write is there, read straight from the database
		try (Connection c = postgres.getPostgresDatabase().getConnection();
				PreparedStatement s = c
					.prepareStatement("select id, name, address from resident_unit where name like ? order by name")) {
			s.setString(1, tag + "%");
			Map<String, Long> stored = new LinkedHashMap<>();
			String firstAddress = null;
			try (ResultSet rs = s.executeQuery()) {
				while (rs.next()) {
					stored.put(rs.getString("name"), rs.getLong("id"));
					if (rs.getString("name").equals(firstName)) {
						firstAddress = rs.getString("address");
					}
				}
			}
			assertThat(stored).isEqualTo(created);
			assertThat(firstAddress).isEqualTo("修改后的地址");
		}
		// and the portal shows them
		assertThat(this.mvc.perform(get("/units/" + first).with(staff)).andReturn().getResponse().getContentAsString())
			.contains("修改后的地址");
	}

	/** Sends the requests at the same time, each on a thread of its own. */
	private Map<String, MockHttpServletResponse> performAtOnce(Map<String, MockHttpServletRequestBuilder> requests)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(requests.size());
		try {
			Map<String, Future<MockHttpServletResponse>> pending = new LinkedHashMap<>();
			requests.forEach((what, request) -> pending.put(what,
					threads.submit(() -> this.mvc.perform(request).andReturn().getResponse())));
			Map<String, MockHttpServletResponse> answers = new LinkedHashMap<>();
			for (Map.Entry<String, Future<MockHttpServletResponse>> answer : pending.entrySet()) {
				answers.put(answer.getKey(), answer.getValue().get(1, TimeUnit.MINUTES));
			}
			return answers;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private static String contentOf(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private static void assertOutagePage(String what, String body) {
		assertThat(body).as(what + ": the 503 page").contains("服务暂时不可用");
		assertThat(body).as(what + ": inside the layout").contains("portal-navbar").contains("portal-footer");
		assertThat(body).as(what + ": no stack trace")
			.doesNotContain("Exception")
			.doesNotContain("at org.")
			.doesNotContain("SQL");
	}

}
