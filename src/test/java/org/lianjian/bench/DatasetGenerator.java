package org.lianjian.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.db.EmbeddedDatabase;
import org.lianjian.shared.db.EmbeddedPostgresLauncher;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Fills a PostgreSQL with the benchmark dataset of a named size, deterministically for a
 * seed and a day.
 *
 * <p>
 * Run it with {@code ./mvnw -Pbench test-compile exec:java -Dbench.size=L
 * -Dbench.dir=/tmp/bench-L} (an embedded PostgreSQL data directory the portal can start
 * on later with {@code --portal.embedded-db.dir=/tmp/bench-L --portal.demo-data=false})
 * or with
 * {@code -Dbench.jdbcUrl=jdbc:postgresql://... -Dbench.user=... -Dbench.password=...} for
 * any database. It applies the Flyway migrations first, refuses a database that already
 * holds units unless {@code -Dbench.reset=true}, sends every table with COPY in one
 * transaction, then analyses the tables. Other properties: {@code bench.seed},
 * {@code bench.today} (ISO date the data is relative to; default today in Shanghai).
 */
public final class DatasetGenerator {

	/** The portal's zone (LianjianApplication sets it as the JVM default). */
	static final java.time.ZoneId ZONE = java.time.ZoneId.of("Asia/Shanghai");

	/** The default seed: the same dataset on every run of the same day. */
	static final long SEED = 20261126L;

	/**
	 * Tables a reset keeps: the migration history and reference data seeded by
	 * migrations.
	 */
	static final List<String> KEPT_TABLES = List.of("flyway_schema_history", "project_brand", "festival_template",
			"matching_category", "holiday_day");

	private DatasetGenerator() {
	}

	/**
	 * What was generated.
	 *
	 * @param rows rows per table, in copy order
	 * @param generateMillis time spent building the rows in memory
	 * @param copyMillis time spent sending them and committing
	 * @param analyseMillis time spent in VACUUM ANALYZE
	 */
	record Result(Map<String, Long> rows, long generateMillis, long copyMillis, long analyseMillis) {

		long totalMillis() {
			return this.generateMillis + this.copyMillis + this.analyseMillis;
		}

		long participation() {
			return this.rows.getOrDefault("activity_unit_hours", 0L) + this.rows.getOrDefault("activity_volunteer", 0L);
		}

	}

	public static void main(String[] args) throws Exception {
		DatasetSize size = DatasetSize.of(System.getProperty("bench.size", "S"));
		long seed = Long.getLong("bench.seed", SEED);
		String todayText = System.getProperty("bench.today", "");
		LocalDate today = todayText.isBlank() ? LocalDate.now(ZONE) : LocalDate.parse(todayText);
		boolean reset = Boolean.getBoolean("bench.reset");
		String url = System.getProperty("bench.jdbcUrl", "");
		long started = System.nanoTime();
		if (!url.isBlank()) {
			run(url, System.getProperty("bench.user", "postgres"), System.getProperty("bench.password", ""), size, seed,
					today, reset);
		}
		else {
			Path dir = Path.of(System.getProperty("bench.dir", "/tmp/bench-" + size.name()));
			System.out.println("Starting embedded PostgreSQL in " + dir.toAbsolutePath());
			try (EmbeddedDatabase pg = EmbeddedPostgresLauncher.start(dir, false)) {
				run(pg.jdbcUrl(), pg.username(), pg.password(), size, seed, today, reset);
			}
		}
		System.out.printf("Done in %.1f s (including database start and stop)%n", (System.nanoTime() - started) / 1e9);
	}

	private static void run(String url, String user, String password, DatasetSize size, long seed, LocalDate today,
			boolean reset) throws SQLException {
		long t0 = System.nanoTime();
		migrate(url, user, password);
		System.out.printf("Flyway migrations applied (%.1f s)%n", (System.nanoTime() - t0) / 1e9);
		try (Connection c = DriverManager.getConnection(url, user, password)) {
			Result r = generate(c, size, seed, today, reset);
			print(size, r);
		}
	}

	static void migrate(String url, String user, String password) {
		Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
	}

	/**
	 * Generates a dataset into a migrated database.
	 * @param c the connection (left in auto-commit afterwards)
	 * @param size the size
	 * @param seed the seed
	 * @param today the day the data is relative to
	 * @param reset whether to empty the domain tables first
	 * @return the counts and times
	 * @throws SQLException when the database refuses, or holds units and reset is off
	 */
	static Result generate(Connection c, DatasetSize size, long seed, LocalDate today, boolean reset)
			throws SQLException {
		long t0 = System.nanoTime();
		c.setAutoCommit(false);
		try {
			if (countUnits(c) > 0) {
				if (!reset) {
					throw new IllegalStateException(
							"The database already holds resident units; run with -Dbench.reset=true to replace everything");
				}
				reset(c);
			}
			List<Long> brands = ids(c, "select id from project_brand where not retired order by id");
			List<FestivalRow> festivals = festivals(c);
			Dataset data = new Dataset(size, seed, today, brands, festivals, categories(c), workingDays(c));
			data.build();
			long t1 = System.nanoTime();
			Map<String, Long> rows = new LinkedHashMap<>();
			CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
			try (Statement s = c.createStatement()) {
				s.execute("set local synchronous_commit = off");
			}
			for (CopyBuffer b : data.tables()) {
				rows.put(b.table(), b.copy(copy));
			}
			resetIdentities(c, data.tables());
			c.commit();
			long t2 = System.nanoTime();
			c.setAutoCommit(true);
			try (Statement s = c.createStatement()) {
				for (CopyBuffer b : data.tables()) {
					s.execute("vacuum analyze " + b.table());
				}
			}
			long t3 = System.nanoTime();
			return new Result(rows, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
		}
		catch (SQLException | RuntimeException ex) {
			if (!c.getAutoCommit()) {
				c.rollback();
				c.setAutoCommit(true);
			}
			throw ex;
		}
	}

	static long countUnits(Connection c) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select count(*) from resident_unit")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/**
	 * Empties every table except {@link #KEPT_TABLES} and restarts its identity. Festival
	 * templates keep their rows but lose an organiser that is about to disappear.
	 */
	static void reset(Connection c) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
						+ "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name")) {
			while (rs.next()) {
				if (!KEPT_TABLES.contains(rs.getString(1)) && !rs.getString(1).equals("organisation")) {
					tables.add(rs.getString(1));
				}
			}
		}
		try (Statement s = c.createStatement()) {
			s.execute("update festival_template set organiser_org_id = null where organiser_org_id is not null");
			s.execute("truncate table " + String.join(", ", tables) + " restart identity");
			// festival templates (kept) may point at organisations: delete, not truncate
			s.execute("delete from organisation");
			s.execute("alter table organisation alter column id restart");
		}
		System.out.println("Reset: emptied " + tables.size() + " domain tables");
	}

	private static void resetIdentities(Connection c, List<CopyBuffer> tables) throws SQLException {
		try (Statement s = c.createStatement()) {
			for (CopyBuffer b : tables) {
				if (!b.hasId()) {
					continue;
				}
				try (ResultSet rs = s.executeQuery("select pg_get_serial_sequence('" + b.table() + "', 'id')")) {
					rs.next();
					String sequence = rs.getString(1);
					if (sequence == null) {
						continue;
					}
					s.execute("select setval('" + sequence + "', coalesce((select max(id) from " + b.table()
							+ "), 0) + 1, false)");
				}
			}
		}
	}

	private static List<Long> ids(Connection c, String sql) throws SQLException {
		List<Long> ids = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			while (rs.next()) {
				ids.add(rs.getLong(1));
			}
		}
		return ids;
	}

	/** A festival template as the migration seeded it. */
	record FestivalRow(String code, String name, String dateRule, int month, @Nullable Integer day, String activityType,
			@Nullable Long organiserOrgId, boolean publicFlag) {
	}

	private static List<FestivalRow> festivals(Connection c) throws SQLException {
		List<FestivalRow> rows = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select code, name, date_rule, month, day, activity_type, "
						+ "organiser_org_id, public_flag from festival_template where active order by sort_order, id")) {
			while (rs.next()) {
				int day = rs.getInt(5);
				Integer d = rs.wasNull() ? null : day;
				long org = rs.getLong(7);
				Long o = rs.wasNull() ? null : org;
				rows.add(new FestivalRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), d,
						rs.getString(6), o, rs.getBoolean(8)));
			}
		}
		return rows;
	}

	private static List<MatchingData.CategoryRow> categories(Connection c) throws SQLException {
		List<MatchingData.CategoryRow> rows = new ArrayList<>();
		try (Statement s = c.createStatement();
				ResultSet rs = s
					.executeQuery("select id, name from matching_category where active order by sort_order, id")) {
			while (rs.next()) {
				rows.add(new MatchingData.CategoryRow(rs.getLong(1), rs.getString(2)));
			}
		}
		return rows;
	}

	private static ChinaWorkingDays workingDays(Connection c) throws SQLException {
		Map<LocalDate, Boolean> days = new java.util.HashMap<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select day, kind from holiday_day")) {
			while (rs.next()) {
				days.put(rs.getObject(1, LocalDate.class), "HOLIDAY".equals(rs.getString(2)));
			}
		}
		return new ChinaWorkingDays(days);
	}

	private static void print(DatasetSize size, Result r) {
		System.out.println();
		System.out.println("Dataset " + size.name() + ":");
		r.rows().forEach((table, n) -> System.out.printf("  %-22s %,10d%n", table, n));
		System.out.printf("  %-22s %,10d%n", "(participation rows)", r.participation());
		System.out.printf("Generated in %.1f s: build %.1f s, COPY and commit %.1f s, VACUUM ANALYZE %.1f s%n",
				r.totalMillis() / 1e3, r.generateMillis() / 1e3, r.copyMillis() / 1e3, r.analyseMillis() / 1e3);
	}

}
