package org.lianjian.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.lianjian.LianjianApplication;
import org.lianjian.account.DataScope;
import org.lianjian.account.Role;
import org.lianjian.report.AnnualReportQueries.Period;

import org.lianjian.shared.time.TimeConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Times the annual report on a database given by {@code BENCH_JDBC_URL} (for example a
 * COPY of the benchmark dataset L): the whole report per scope and each section's
 * queries, best of five after a warm-up. Not a test; run with
 * {@code ./mvnw -q test-compile exec:java} or from the IDE.
 */
public final class AnnualReportBenchmark {

	private AnnualReportBenchmark() {
	}

	public static void main(String[] args) {
		String url = System.getenv("BENCH_JDBC_URL");
		// command-line arguments: they win over application.properties' empty URL
		ConfigurableApplicationContext context = new SpringApplicationBuilder(LianjianApplication.class).run(
				"--spring.datasource.url=" + url, "--spring.datasource.username=" + env("BENCH_DB_USER", "postgres"),
				"--spring.datasource.password=" + env("BENCH_DB_PASSWORD", ""), "--portal.demo-data=false",
				"--server.port=0", "--logging.level.root=WARN", "--logging.level.org.lianjian=WARN");
		try {
			run(context);
		}
		finally {
			context.close();
		}
		System.exit(0);
	}

	private static void run(ConfigurableApplicationContext context) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		System.out.println("database: " + context.getEnvironment().getProperty("spring.datasource.url"));
		AnnualReportService service = context.getBean(AnnualReportService.class);
		AnnualReportQueries queries = context.getBean(AnnualReportQueries.class);
		Integer year = jdbc.queryForObject(
				"select extract(year from max(start_at))::int from activity where status = 'HELD'", Integer.class);
		int y = year == null ? LocalDate.now().getYear() : year;
		Long area = jdbc.queryForObject("select min(id) from organisation where type = 'RESIDENTIAL_PARTY_ORG'",
				Long.class);
		Long unit = jdbc.queryForObject("select max(unit_id) from activity_unit_hours", Long.class);
		System.out.printf("dataset: %s units, %s activities, %s hour rows, %s agreements; year %d%n",
				jdbc.queryForObject("select count(*) from resident_unit", Long.class),
				jdbc.queryForObject("select count(*) from activity", Long.class),
				jdbc.queryForObject("select count(*) from activity_unit_hours", Long.class),
				jdbc.queryForObject("select count(*) from agreement", Long.class), y);
		Map<String, DataScope> scopes = new LinkedHashMap<>();
		scopes.put("ALL", DataScope.all(Role.STAFF));
		scopes.put("SECRETARY", new DataScope(Role.SECRETARY, area == null ? Set.of() : Set.of(area), null));
		scopes.put("LIAISON", new DataScope(Role.LIAISON, Set.of(), unit));
		for (Map.Entry<String, DataScope> e : scopes.entrySet()) {
			DataScope scope = e.getValue();
			time("report " + e.getKey(), () -> service.live(y, scope));
		}
		Period period = new Period(y, DataScope.all(Role.STAFF), LocalDate.now(),
				ZoneId.of(TimeConfiguration.DEFAULT_ZONE));
		// each section through the query layer, against the same SQL replayed by plain
		// JDBC
		NamedParameterJdbcTemplate recording = new NamedParameterJdbcTemplate(
				RecordingDataSource.wrap(context.getBean(DataSource.class)));
		AnnualReportQueries recorded = new AnnualReportQueries(recording);
		AnnualUnitQueries unitQueries = context.getBean(AnnualUnitQueries.class);
		AnnualUnitQueries recordedUnits = new AnnualUnitQueries(recording);
		AnnualActivityQueries activityQueries = context.getBean(AnnualActivityQueries.class);
		AnnualActivityQueries recordedActivities = new AnnualActivityQueries(recording);
		DataSource raw = context.getBean(DataSource.class);
		System.out.printf("%-20s %9s %9s %6s %5s%n", "section", "layer ms", "raw ms", "ratio", "sql");
		section("structure", unitQueries::structure, recordedUnits::structure, period, raw);
		section("agreements", queries::agreements, recorded::agreements, period, raw);
		section("areas", queries::areas, recorded::areas, period, raw);
		section("activities", activityQueries::activities, recordedActivities::activities, period, raw);
		section("volunteers", activityQueries::volunteers, recordedActivities::volunteers, period, raw);
		section("projects", activityQueries::projects, recordedActivities::projects, period, raw);
		section("positions", activityQueries::positions, recordedActivities::positions, period, raw);
		section("evaluation", unitQueries::evaluation, recordedUnits::evaluation, period, raw);
		section("sleeping", queries::sleeping, recorded::sleeping, period, raw);
		section("red", queries::red, recorded::red, period, raw);
		section("withoutLiaison", unitQueries::withoutLiaison, recordedUnits::withoutLiaison, period, raw);
		section("highRankInactive", unitQueries::highRankInactive, recordedUnits::highRankInactive, period, raw);
	}

	/**
	 * Times one section through the query layer (SQL, row mapping and assembly) and the
	 * statements it sends, replayed with their parameters on a plain JDBC connection that
	 * reads every column of every row. Prints both (best of five after a warm-up) and the
	 * ratio the issue bounds at 3.
	 */
	private static void section(String what, Function<Period, ?> layer, Function<Period, ?> recording, Period period,
			DataSource raw) {
		RecordingDataSource.start();
		recording.apply(period);
		List<RecordingDataSource.Statement> statements = RecordingDataSource.stop();
		double layerMs = best(() -> layer.apply(period));
		double rawMs = best(() -> {
			try (Connection con = raw.getConnection()) {
				for (RecordingDataSource.Statement st : statements) {
					st.replay(con);
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			return null;
		});
		System.out.printf("%-20s %9.1f %9.1f %6.2f %5d%n", what, layerMs, rawMs, layerMs / Math.max(rawMs, 0.001),
				statements.size());
	}

	private static double best(Supplier<?> work) {
		work.get();
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			work.get();
			best = Math.min(best, System.nanoTime() - start);
		}
		return best / 1e6;
	}

	private static void time(String what, Supplier<?> work) {
		System.out.printf("%-20s %7.1f ms%n", what, best(work));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}
