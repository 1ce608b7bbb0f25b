package org.lianjian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.lianjian.shared.db.EmbeddedPostgresLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one PostgreSQL of this test JVM, shared by every Spring context. Chosen in this
 * order: {@code PORTAL_TEST_JDBC_URL}; Testcontainers {@code postgres:16} when a Docker
 * engine answers; an embedded PostgreSQL.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);

	private static Connection connection;

	private TestDatabase() {
	}

	/**
	 * Where to connect.
	 *
	 * @param url JDBC URL
	 * @param username user
	 * @param password password
	 * @param source which of the three kinds it is
	 */
	public record Connection(String url, String username, String password, String source) {

	}

	public static synchronized Connection get() {
		if (connection == null) {
			connection = choose();
			log.info("Tests use PostgreSQL from {}: {}", connection.source(), connection.url());
		}
		return connection;
	}

	private static Connection choose() {
		String url = System.getenv("PORTAL_TEST_JDBC_URL");
		if (url != null && !url.isBlank()) {
			return new Connection(url, envOr("PORTAL_TEST_DB_USER", "postgres"), envOr("PORTAL_TEST_DB_PASSWORD", ""),
					"PORTAL_TEST_JDBC_URL");
		}
		if (dockerMayBeThere() && DockerClientFactory.instance().isDockerAvailable()) {
			PostgreSQLContainer container = new PostgreSQLContainer("postgres:16");
			container.start();
			return new Connection(container.getJdbcUrl(), container.getUsername(), container.getPassword(),
					"Testcontainers");
		}
		return embedded();
	}

	/**
	 * Starts a fresh embedded PostgreSQL in a temporary directory, removed at JVM exit.
	 * @return the running server
	 */
	public static EmbeddedPostgres startEmbedded() {
		try {
			Path dir = Files.createTempDirectory("lianjian-test-pg");
			EmbeddedPostgres pg = EmbeddedPostgresLauncher.start(dir, true);
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					pg.close();
				}
				catch (IOException ex) {
					// already stopped
				}
			}));
			return pg;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Connection embedded() {
		EmbeddedPostgres pg = startEmbedded();
		return new Connection(pg.getJdbcUrl("postgres", "postgres"), "postgres", "", "embedded PostgreSQL");
	}

	/** A cheap look for a Docker engine, so machines without one skip the slow probe. */
	private static boolean dockerMayBeThere() {
		return System.getenv("DOCKER_HOST") != null || Files.exists(Path.of("/var/run/docker.sock"))
				|| Files.exists(Path.of(System.getProperty("user.home"), ".testcontainers.properties"));
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}
