package org.lianjian.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.lianjian.account.DataScope;
import org.lianjian.account.Role;
import org.lianjian.support.DataCaches;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;
import org.lianjian.unit.LiaisonService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The staff figures are cached per scope and day, never served to a narrower scope, and
 * emptied after the commit of a change that alters them: a reader that fills the cache
 * while the change is uncommitted does not keep the old figures past the commit.
 */
@WebIntegrationTest
class DashboardFiguresCacheTests {

	@Autowired
	DashboardFigures figures;

	@Autowired
	LiaisonService liaisons;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Test
	void shouldCountAVacancyOnceTheEndOfTheAppointmentCommitted() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		Long unit = this.jdbc.queryForObject(
				"insert into resident_unit (name, residential_area_id, effective_from) values (?, ?, ?) returning id",
				Long.class, "缓存测试单位" + System.nanoTime() % 1_000_000L, this.users.scopeOrganisationOf("secretary"),
				today.minusYears(2));
		Long liaison = this.jdbc.queryForObject("insert into liaison (unit_id, person_name, is_primary, start_date) "
				+ "values (?, '缓存测试联络员', true, ?) returning id", Long.class, unit, today.minusYears(1));
		try {
			DataCaches.withCacheOn(this.caches, DashboardFigures.CACHE, () -> {
				long before = vacant(today);
				new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
					this.users.call("staff", () -> {
						this.liaisons.end(unit, liaison);
						return null;
					});
					// another user reads the figures while the end is not committed
					assertThat(CompletableFuture.supplyAsync(() -> vacant(today)).join()).isEqualTo(before);
				});
				assertThat(vacant(today)).as("vacant units after the end committed").isEqualTo(before + 1);
				// cached per scope: the same figures again, from the cache
				assertThat(staff(today)).isSameAs(staff(today));
			});
		}
		finally {
			this.jdbc.update("delete from unit_change where unit_id = ?", unit);
			this.jdbc.update("delete from liaison where unit_id = ?", unit);
			this.jdbc.update("delete from resident_unit where id = ?", unit);
		}
	}

	@Test
	void shouldRefuseANarrowerScope() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.figures.staff(DataScope.NONE, LocalDate.now(this.clock)));
	}

	private long vacant(LocalDate today) {
		return staff(today).vacant().value().longValueExact();
	}

	private DashboardFigures.StaffFigures staff(LocalDate today) {
		return this.users.call("staff", () -> this.figures.staff(DataScope.all(Role.STAFF), today));
	}

}
