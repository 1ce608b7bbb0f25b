package org.lianjian.shared;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lianjian.shared.db.EmbeddedDatabase;
import org.lianjian.shared.db.EmbeddedPostgresLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its data across restarts and comes back after the JVM that
 * ran it was killed with SIGKILL, which leaves the postmaster running and its lock file
 * behind.
 */
class EmbeddedPostgresLauncherTests {

	@TempDir
	Path dir;

	@Test
	void shouldKeepDataAndRecoverAfterTheJvmWasKilled() throws Exception {
		Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), OrphanedPostgresMain.class.getName(), this.dir.toString())
			.redirectErrorStream(true)
			.start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			boolean ready = false;
			while (!ready && (line = out.readLine()) != null) {
				ready = line.contains("READY");
			}
			assertThat(ready).as("child JVM started PostgreSQL").isTrue();
		}
		long postmaster = Long.parseLong(Files.readAllLines(this.dir.resolve("postmaster.pid")).get(0).trim());

		child.destroyForcibly();
		assertThat(child.waitFor(20, TimeUnit.SECONDS)).isTrue();
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
			.as("postmaster orphaned by the killed JVM")
			.isTrue();

		EmbeddedDatabase restarted = EmbeddedPostgresLauncher.start(this.dir, false);
		try {
			assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
			try (Connection c = DriverManager.getConnection(restarted.jdbcUrl(), restarted.username(),
					restarted.password());
					Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select v from kept")) {
				assertThat(rs.next()).isTrue();
				assertThat(rs.getString(1)).isEqualTo("曲阳");
			}
		}
		finally {
			restarted.close();
		}
	}

}
