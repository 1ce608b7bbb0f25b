package org.lianjian.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.lianjian.shared.db.EmbeddedCredentials;
import org.lianjian.shared.db.EmbeddedDatabase;
import org.lianjian.shared.db.EmbeddedPostgresLauncher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.SpringApplication;

/**
 * The one PostgreSQL of this test JVM, shared by every Spring context. Chosen in this
 * order: {@code PORTAL_TEST_JDBC_URL} (with {@code -DforkCount=1}: it cannot be one per
 * JVM); Testcontainers {@code postgres:16} when a Docker engine answers; an embedded
 * PostgreSQL.
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
	 * @param adminUsername a user that may create databases (the embedded server's
	 * superuser; the same user for the other kinds)
	 * @param adminPassword its password
	 */
	public record Connection(String url, String username, String password, String source, String adminUsername,
			String adminPassword) {

		Connection(String url, String username, String password, String source) {
			this(url, username, password, source, username, password);
		}

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
			if (Integer.getInteger("portal.test.forks", 1) > 1) {
				// each test JVM loads and changes its own data: two on one database would
				// see each other's rows
				throw new IllegalStateException(
						"PORTAL_TEST_JDBC_URL is one database for every test JVM: run the tests with -DforkCount=1");
			}
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
	 * A new, empty database of that name on the shared server (dropped first if it is
	 * there), owned by the portal's role: for a test context that needs data of its own
	 * without the cost of a server of its own.
	 * @param name the database's name
	 * @return its JDBC URL (user and password are those of {@link #get()})
	 */
	public static String freshDatabase(String name) {
		Connection db = get();
		// the portal's role may not create databases: the server's administrator does
		try (java.sql.Connection c = DriverManager.getConnection(db.url(), db.adminUsername(), db.adminPassword());
				Statement s = c.createStatement()) {
			s.execute("drop database if exists " + name + " with (force)");
			s.execute("create database " + name + " owner " + db.username());
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return db.url().replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
	}

	/**
	 * Starts a fresh embedded PostgreSQL in a temporary directory, set up as the portal's
	 * (scram-sha-256, the non-superuser role {@code lianjian} owning the database). It is
	 * stopped when the JVM exits, after the Spring contexts have closed.
	 * @return the running server
	 */
	public static EmbeddedDatabase startEmbedded() {
		try {
			Path dir = Files.createTempDirectory("lianjian-test-pg");
			EmbeddedDatabase pg = EmbeddedPostgresLauncher.start(dir, true);
			stopAtExit(pg);
			return pg;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Stops the server once every Spring context has closed: Boot's shutdown hook closes
	 * the contexts and then runs its shutdown handlers. A JVM shutdown hook of its own
	 * would run at the same time as the contexts' and pull the database from under them.
	 */
	private static void stopAtExit(EmbeddedDatabase pg) {
		SpringApplication.getShutdownHandlers().add(() -> {
			try {
				pg.close();
			}
			catch (IOException ex) {
				// already stopped
			}
		});
	}

	private static Connection embedded() {
		EmbeddedDatabase pg = startEmbedded();
		return new Connection(pg.jdbcUrl(), pg.username(), pg.password(), "embedded PostgreSQL",
				EmbeddedCredentials.SUPERUSER, pg.credentials().superuserPassword());
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
