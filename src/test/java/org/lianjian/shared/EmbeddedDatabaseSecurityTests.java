package org.lianjian.shared;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianjian.shared.db.EmbeddedCredentials;
import org.lianjian.shared.db.EmbeddedDatabase;
import org.lianjian.shared.db.EmbeddedPostgresLauncher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded PostgreSQL asks every connection for a password (scram-sha-256, no trust
 * line), keeps the generated passwords in a file only its owner can read, and lets the
 * portal in as a role that is no superuser but owns the schema, so that it cannot run an
 * OS command through {@code COPY ... TO PROGRAM}. A cluster made by an earlier version
 * (trust, tables owned by the superuser in the database {@code postgres}) is upgraded in
 * place at its next start.
 */
class EmbeddedDatabaseSecurityTests {

	@TempDir
	Path dir;

	@Test
	void shouldRefuseConnectionsWithoutAPasswordAndLetThePortalInAsANonSuperuser() throws Exception {
		try (EmbeddedDatabase db = EmbeddedPostgresLauncher.start(this.dir, false)) {
			assertLockedDown(db);
			// the migrations run as the portal's role, btree_gist included (V40)
			migrate(db);
			try (Connection c = portal(db); Statement s = c.createStatement()) {
				assertThat(count(s, "select count(*) from pg_tables where schemaname = 'public' "
						+ "and tableowner <> current_user"))
					.isZero();
			}
		}
		// a restart uses the stored passwords
		try (EmbeddedDatabase db = EmbeddedPostgresLauncher.start(this.dir, false)) {
			assertLockedDown(db);
			assertThat(count(portal(db).createStatement(), "select count(*) from resident_unit")).isZero();
		}
	}

	@Test
	void shouldUpgradeAClusterThatTrustedLocalConnectionsInPlace() throws Exception {
		// what earlier versions made: trust, everything in 'postgres', owned by the
		// superuser
		EmbeddedPostgres old = EmbeddedPostgres.builder()
			.setDataDirectory(this.dir)
			.setCleanDataDirectory(false)
			.setPGStartupWait(Duration.ofSeconds(60))
			.start();
		try {
			Flyway.configure()
				.dataSource(old.getJdbcUrl("postgres", "postgres"), "postgres", "")
				.locations("classpath:db/migration")
				.load()
				.migrate();
			try (Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
				s.execute("insert into organisation (type, name) values ('OTHER', '升级前的组织')");
			}
		}
		finally {
			old.close();
		}
		assertThat(Files.exists(this.dir.resolve(EmbeddedCredentials.FILE_NAME))).isFalse();

		try (EmbeddedDatabase db = EmbeddedPostgresLauncher.start(this.dir, false)) {
			assertLockedDown(db);
			try (Connection c = portal(db); Statement s = c.createStatement()) {
				assertThat(count(s, "select count(*) from organisation where name = '升级前的组织'")).isOne();
				assertThat(count(s, "select count(*) from pg_class c where c.relnamespace = 'public'::regnamespace"
						+ " and c.relkind in ('r', 'S', 'v') and pg_get_userbyid(c.relowner) <> current_user"
						+ " and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')"))
					.as("tables, sequences and views not owned by the portal's role")
					.isZero();
				// the owner may change the schema: later migrations will
				s.execute("create table upgrade_check (id bigint primary key)");
				s.execute("drop table upgrade_check");
				s.execute("insert into organisation (type, name) values ('OTHER', '升级后的组织')");
			}
			migrate(db);
		}
		try (EmbeddedDatabase db = EmbeddedPostgresLauncher.start(this.dir, false)) {
			assertLockedDown(db);
		}
	}

	private static void assertLockedDown(EmbeddedDatabase db) throws Exception {
		Path file = db.dataDirectory().resolve(EmbeddedCredentials.FILE_NAME);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readString(db.dataDirectory().resolve("pg_hba.conf")))
			.doesNotContainPattern("(?m)^[^#]*\\btrust\\b")
			.contains("scram-sha-256");

		for (String user : new String[] { EmbeddedCredentials.SUPERUSER, EmbeddedCredentials.PORTAL_ROLE }) {
			for (String database : new String[] { "postgres", EmbeddedCredentials.PORTAL_DATABASE }) {
				assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(database), user, "").close())
					.as("%s to %s without a password", user, database)
					.isInstanceOf(SQLException.class);
				assertThatThrownBy(
						() -> DriverManager.getConnection(db.jdbcUrl(database), user, "wrong-password").close())
					.as("%s to %s with a wrong password", user, database)
					.isInstanceOf(SQLException.class);
			}
		}

		try (Connection c = portal(db); Statement s = c.createStatement()) {
			try (ResultSet rs = s.executeQuery(
					"select rolsuper, rolcreaterole, rolcreatedb from pg_roles " + "where rolname = current_user")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getBoolean(1)).as("superuser").isFalse();
				assertThat(rs.getBoolean(2)).as("may create roles").isFalse();
				assertThat(rs.getBoolean(3)).as("may create databases").isFalse();
			}
			assertThat(count(s, "select count(*) from pg_database where datname = current_database() "
					+ "and pg_get_userbyid(datdba) = current_user"))
				.as("owns its database")
				.isOne();
			assertThatThrownBy(() -> s.execute("copy (select 1) to program 'id'")).isInstanceOf(SQLException.class)
				.hasMessageContaining("permission denied");
			assertThatThrownBy(() -> s.execute("select pg_read_file('pg_hba.conf')")).isInstanceOf(SQLException.class);
		}
	}

	private static Connection portal(EmbeddedDatabase db) throws SQLException {
		return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
	}

	private static void migrate(EmbeddedDatabase db) {
		Flyway.configure()
			.dataSource(db.jdbcUrl(), db.username(), db.password())
			.locations("classpath:db/migration")
			.load()
			.migrate();
	}

	private static long count(Statement s, String sql) throws SQLException {
		try (ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

}
