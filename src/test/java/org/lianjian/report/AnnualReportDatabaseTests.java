package org.lianjian.report;

import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.lianjian.report.AnnualReport.Figure;
import org.lianjian.report.AnnualReport.Table;
import org.lianjian.matching.MatchingSeeds;
import org.lianjian.support.TestDatabase;
import org.lianjian.support.Users;
import org.lianjian.unit.UnitService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The annual report on a small hand-built dataset ({@link AnnualReportFixture}, with the
 * three lists of {@link AnnualMatchingFixture}) in a database of its own, shared by the
 * report's database tests: they declare the same configuration here, so they run in one
 * Spring context and the dataset is built once.
 *
 * <p>
 * The year under test is 2024 (the previous year 2023); both lie in the past, so "as of"
 * is 31 December.
 */
@SpringBootTest(properties = { "portal.test.own-database=true", "portal.demo-data=false" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AnnualReportDatabaseTests {

	static final int Y = 2024;

	/**
	 * One database for all the report's database tests, on the shared server (a server of
	 * its own would cost its start).
	 */
	private static final String URL = TestDatabase.freshDatabase("annual_report_tests");

	private static AnnualReportFixture shared;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		TestDatabase.Connection db = TestDatabase.get();
		registry.add("spring.datasource.url", () -> URL);
		registry.add("spring.datasource.username", db::username);
		registry.add("spring.datasource.password", db::password);
		registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
	}

	@Autowired
	JdbcTemplate db;

	@Autowired
	AnnualReportService reports;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	UnitService units;

	@Autowired
	MatchingSeeds matchingSeeds;

	AnnualReportFixture data;

	@BeforeAll
	void buildDataset() {
		synchronized (AnnualReportDatabaseTests.class) {
			if (shared == null) {
				shared = new AnnualReportFixture(this.db);
				shared.build();
				AnnualReportFixture data = shared;
				as("admin", () -> {
					new AnnualMatchingFixture(this.matchingSeeds, this.db, data).build();
					return null;
				});
			}
		}
		this.data = shared;
	}

	/** The sub-district's report of the year under test, as staff read it. */
	AnnualReport staffReport() {
		return as("staff", () -> this.reports.live(Y));
	}

	void expect(Map<String, Figure> figures, String key, String currentSql, String previousSql) {
		Figure figure = figures.get(key);
		assertThat(figure).as(key).isNotNull();
		BigDecimal current = this.db.queryForObject(currentSql, BigDecimal.class);
		assertThat(figure.value()).as(key).isEqualByComparingTo(current);
		if (previousSql != null) {
			BigDecimal previous = this.db.queryForObject(previousSql, BigDecimal.class);
			assertThat(figure.previous()).as(key + " previous").isNotNull();
			assertThat(figure.previous()).as(key + " previous").isEqualByComparingTo(previous);
		}
	}

	static Map<String, Figure> figures(AnnualReport report) {
		Map<String, Figure> map = new java.util.HashMap<>();
		report.sections().forEach((s) -> s.figures().forEach((f) -> map.put(f.key(), f)));
		return map;
	}

	static AnnualReport.Chart chart(AnnualReport report, String key) {
		return report.sections()
			.stream()
			.flatMap((s) -> s.charts().stream())
			.filter((c) -> c.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no chart " + key));
	}

	static Table table(AnnualReport report, String key) {
		return report.sections()
			.stream()
			.flatMap((s) -> s.tables().stream())
			.filter((t) -> t.key().equals(key))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no table " + key));
	}

	<T> T as(String username, Callable<T> work) {
		UserDetails user = this.userDetails.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		try {
			return work.call();
		}
		catch (RuntimeException ex) {
			throw ex;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
