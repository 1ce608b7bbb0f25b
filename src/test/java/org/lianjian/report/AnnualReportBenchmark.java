package org.lianjian.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.lianjian.LianjianApplication;
import org.lianjian.account.DataScope;
import org.lianjian.account.Role;
import org.lianjian.report.AnnualReportQueries.Period;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

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
		Period period = new Period(y, DataScope.all(Role.STAFF), LocalDate.now());
		time("structure", () -> queries.structure(period));
		time("agreements", () -> queries.agreements(period));
		time("areas", () -> queries.areas(period));
		time("activities", () -> queries.activities(period));
		time("volunteers", () -> queries.volunteers(period));
		time("projects", () -> queries.projects(period));
		time("positions", () -> queries.positions(period));
		time("evaluation", () -> queries.evaluation(period));
		time("sleeping", () -> queries.sleeping(period));
		time("red", () -> queries.red(period));
		time("withoutLiaison", () -> queries.withoutLiaison(period));
		time("highRankInactive", () -> queries.highRankInactive(period));
	}

	private static void time(String what, Supplier<?> work) {
		work.get();
		long best = Long.MAX_VALUE;
		for (int i = 0; i < 5; i++) {
			long start = System.nanoTime();
			work.get();
			best = Math.min(best, System.nanoTime() - start);
		}
		System.out.printf("%-20s %7.1f ms%n", what, best / 1e6);
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null ? fallback : value;
	}

}
