package org.lianjian.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.lianjian.account.DataScope;
import org.lianjian.account.Role;
import org.lianjian.activity.ActivityFigures;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * The staff figures are reused within a window of the clock as long as their time to
 * live, per scope and day, counted again in the next window, never kept when the time is
 * zero, and never served to a narrower scope.
 */
class DashboardFiguresCacheTests {

	private final UnitService units = mock(UnitService.class);

	private final StructureService structure = mock(StructureService.class);

	private final ActivityFigures activities = mock(ActivityFigures.class);

	private final LocalDate today = LocalDate.of(2026, 11, 26);

	private final Instant noon = Instant.parse("2026-11-26T04:00:00Z");

	private final Clock fixed = Clock.fixed(this.noon, ZoneOffset.UTC);

	DashboardFiguresCacheTests() {
		given(this.units.count(UnitService.active())).willReturn(10L, 11L, 12L);
		given(this.structure.count(any(), any(), org.mockito.ArgumentMatchers.anyBoolean())).willReturn(4L);
		given(this.activities.hours(any())).willReturn(BigDecimal.ONE);
	}

	@Test
	void shouldReuseFiguresPerScopeAndDayWithinTheirTimeToLive() {
		DashboardFigures figures = new DashboardFigures(this.units, this.structure, this.activities,
				Duration.ofMinutes(5), this.fixed);
		assertThat(figures.staff(DataScope.all(Role.STAFF), this.today).units().value()).isEqualByComparingTo("10");
		assertThat(figures.staff(DataScope.all(Role.STAFF), this.today).units().value()).isEqualByComparingTo("10");
		// another scope and another day are counted on their own
		assertThat(figures.staff(DataScope.all(Role.ADMIN), this.today).units().value()).isEqualByComparingTo("11");
		assertThat(figures.staff(DataScope.all(Role.STAFF), this.today.plusDays(1)).units().value())
			.isEqualByComparingTo("12");
		verify(this.units, times(3)).count(UnitService.active());
		verify(this.activities, times(3)).hours(ActivityFigures.heldIn(2026, 11));
	}

	@Test
	void shouldCountAgainAtTheNextWindowOfTheClockNotTenSecondsAfterTheCount() {
		Instant[] now = { this.noon.plusSeconds(3) };
		Clock moving = new Clock() {

			@Override
			public ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(ZoneId zone) {
				return this;
			}

			@Override
			public Instant instant() {
				return now[0];
			}

		};
		DashboardFigures figures = new DashboardFigures(this.units, this.structure, this.activities,
				Duration.ofSeconds(10), moving);
		assertThat(figures.staff(DataScope.all(Role.STAFF), this.today).units().value()).isEqualByComparingTo("10");
		now[0] = this.noon.plusMillis(9_999);
		assertThat(figures.staff(DataScope.all(Role.STAFF), this.today).units().value()).isEqualByComparingTo("10");
		// 7 s after the count, but a new window: home, kept for one window, must not
		// carry figures from the last one into it
		now[0] = this.noon.plusSeconds(10);
		assertThat(figures.staff(DataScope.all(Role.STAFF), this.today).units().value()).isEqualByComparingTo("11");
	}

	@Test
	void shouldCountOnEveryCallWhenTheCacheIsOff() {
		DashboardFigures figures = new DashboardFigures(this.units, this.structure, this.activities, Duration.ZERO,
				this.fixed);
		assertThat(figures.staff(DataScope.all(Role.STAFF), this.today).units().value()).isEqualByComparingTo("10");
		assertThat(figures.staff(DataScope.all(Role.STAFF), this.today).units().value()).isEqualByComparingTo("11");
	}

	@Test
	void shouldRefuseAScopeThatDoesNotSeeTheWholeSubDistrict() {
		DashboardFigures figures = new DashboardFigures(this.units, this.structure, this.activities,
				Duration.ofMinutes(5), this.fixed);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> figures.staff(new DataScope(Role.SECRETARY, Set.of(1L), null), this.today));
	}

}
