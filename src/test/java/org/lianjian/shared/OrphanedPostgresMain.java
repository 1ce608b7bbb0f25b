package org.lianjian.shared;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.lianjian.shared.db.EmbeddedDatabase;
import org.lianjian.shared.db.EmbeddedPostgresLauncher;

/**
 * Run in a child JVM by {@link EmbeddedPostgresLauncherTests}: starts the embedded
 * PostgreSQL on a directory, writes a row, says READY and waits to be killed (or for its
 * input to close).
 */
public final class OrphanedPostgresMain {

	private OrphanedPostgresMain() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedDatabase pg = EmbeddedPostgresLauncher.start(Path.of(args[0]), false);
		try (Connection c = DriverManager.getConnection(pg.jdbcUrl(), pg.username(), pg.password());
				Statement s = c.createStatement()) {
			s.execute("create table kept (v text)");
			s.execute("insert into kept values ('曲阳')");
		}
		System.out.println("READY");
		System.out.flush();
		// waits to be killed; should the test's JVM die first, the pipe closes and this
		// JVM ends too
		while (System.in.read() >= 0) {
			// nothing is sent
		}
	}

}
