package org.lianjian.holiday;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * China's working days on PostgreSQL, from the schedules V150 seeds: across the National
 * Day week and the Spring Festival with their make-up Saturdays and Sundays, and in a
 * year with no schedule (weekends only).
 */
@WebIntegrationTest
class WorkingDaysTests {

	@Autowired
	WorkingDays workingDays;

	private static LocalDate d(String iso) {
		return LocalDate.parse(iso);
	}

	@Test
	void shouldSkipTheNationalDayWeekAndWorkItsMakeUpDays2026() {
		for (LocalDate day = d("2026-10-01"); !day.isAfter(d("2026-10-07")); day = day.plusDays(1)) {
			assertThat(this.workingDays.isWorkingDay(day)).as(day.toString()).isFalse();
		}
		assertThat(this.workingDays.isWorkingDay(d("2026-09-20"))).as("Sunday worked").isTrue();
		assertThat(this.workingDays.isWorkingDay(d("2026-10-10"))).as("Saturday worked").isTrue();
		assertThat(this.workingDays.isWorkingDay(d("2026-10-11"))).as("an ordinary Sunday").isFalse();
		assertThat(this.workingDays.isWorkingDay(d("2026-10-08"))).isTrue();
		// 10-08 Thu, 10-09 Fri, 10-10 the make-up Saturday
		assertThat(this.workingDays.addWorkingDays(d("2026-09-30"), 3)).isEqualTo(d("2026-10-10"));
		assertThat(this.workingDays.addWorkingDays(d("2026-09-30"), 1)).isEqualTo(d("2026-10-08"));
		assertThat(this.workingDays.addWorkingDays(d("2026-09-30"), 4)).isEqualTo(d("2026-10-12"));
		// Friday 09-18: the next working day is the make-up Sunday
		assertThat(this.workingDays.addWorkingDays(d("2026-09-18"), 1)).isEqualTo(d("2026-09-20"));
		// 中秋 09-25..27, then Mon 09-28 to Wed 09-30, then 国庆
		assertThat(this.workingDays.addWorkingDays(d("2026-09-24"), 4)).isEqualTo(d("2026-10-08"));
		assertThat(this.workingDays.workingDaysBetween(d("2026-09-30"), d("2026-10-10"))).isEqualTo(3);
		// 09-20, 09-21..24, 09-28..30, 10-08, 10-09, 10-10
		assertThat(this.workingDays.workingDaysBetween(d("2026-09-18"), d("2026-10-11"))).isEqualTo(11);
	}

	@Test
	void shouldSkipTheSpringFestivalAndWorkItsMakeUpSaturdays2026() {
		assertThat(this.workingDays.isWorkingDay(d("2026-02-14"))).as("Saturday worked before").isTrue();
		assertThat(this.workingDays.isWorkingDay(d("2026-02-28"))).as("Saturday worked after").isTrue();
		for (LocalDate day = d("2026-02-15"); !day.isAfter(d("2026-02-23")); day = day.plusDays(1)) {
			assertThat(this.workingDays.isWorkingDay(day)).as(day.toString()).isFalse();
		}
		assertThat(this.workingDays.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-14"));
		assertThat(this.workingDays.addWorkingDays(d("2026-02-14"), 1)).isEqualTo(d("2026-02-24"));
		assertThat(this.workingDays.addWorkingDays(d("2026-02-13"), 5)).isEqualTo(d("2026-02-27"));
		assertThat(this.workingDays.addWorkingDays(d("2026-02-13"), 6)).isEqualTo(d("2026-02-28"));
		assertThat(this.workingDays.addWorkingDays(d("2026-02-13"), 7)).isEqualTo(d("2026-03-02"));
		assertThat(this.workingDays.workingDaysBetween(d("2026-02-13"), d("2026-02-28"))).isEqualTo(6);
		// from a day off: the count starts after it
		assertThat(this.workingDays.addWorkingDays(d("2026-02-17"), 1)).isEqualTo(d("2026-02-24"));
	}

	@Test
	void shouldFollowThe2025ScheduleToo() {
		assertThat(this.workingDays.isWorkingDay(d("2025-01-26"))).as("Sunday worked").isTrue();
		assertThat(this.workingDays.isWorkingDay(d("2025-02-08"))).as("Saturday worked").isTrue();
		assertThat(this.workingDays.isWorkingDay(d("2025-04-27"))).as("Sunday worked").isTrue();
		assertThat(this.workingDays.isWorkingDay(d("2025-10-08"))).as("国庆、中秋 8 days").isFalse();
		assertThat(this.workingDays.addWorkingDays(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
		assertThat(this.workingDays.addWorkingDays(d("2025-09-30"), 3)).isEqualTo(d("2025-10-11"));
		// 2026-01-01..03 off, then the make-up Sunday
		assertThat(this.workingDays.addWorkingDays(d("2025-12-31"), 1)).as("across the new year")
			.isEqualTo(d("2026-01-04"));
	}

	@Test
	void shouldCountTheWorkingDaysOfAWholeYear() {
		// 261 weekdays in 2026, 19 of them off, 6 weekend days worked
		assertThat(this.workingDays.workingDaysBetween(d("2025-12-31"), d("2026-12-31"))).isEqualTo(248);
		// 2025: 261 weekdays, 18 of them off (元旦 1, 春节 6, 清明 1, 劳动 3, 端午 1, 国庆中秋 6),
		// 5 weekend days worked
		assertThat(this.workingDays.workingDaysBetween(d("2024-12-31"), d("2025-12-31"))).isEqualTo(248);
	}

	@Test
	void shouldFallBackToWeekendsInAYearWithoutSchedule() {
		assertThat(this.workingDays.hasSchedule(2025)).isTrue();
		assertThat(this.workingDays.hasSchedule(2026)).isTrue();
		assertThat(this.workingDays.hasSchedule(2040)).isFalse();
		assertThat(this.workingDays.isWorkingDay(d("2040-10-01"))).as("a Monday, no schedule").isTrue();
		assertThat(this.workingDays.isWorkingDay(d("2040-09-30"))).as("a Sunday").isFalse();
		// Friday 2040-09-28 -> Monday 2040-10-01
		assertThat(this.workingDays.addWorkingDays(d("2040-09-28"), 1)).isEqualTo(d("2040-10-01"));
		assertThat(this.workingDays.addWorkingDays(d("2040-09-28"), 5)).isEqualTo(d("2040-10-05"));
		assertThat(this.workingDays.yearsWithoutSchedule(d("2026-12-01"), d("2041-01-10"))).doesNotContain(2026)
			.contains(2040, 2041);
		assertThat(this.workingDays.yearsWithoutSchedule(d("2025-03-01"), d("2026-03-01"))).isEmpty();
	}

	@Test
	void shouldCountBackWhatItAdds() {
		assertThat(this.workingDays.addWorkingDays(d("2026-10-03"), 0)).isEqualTo(d("2026-10-03"));
		assertThat(this.workingDays.workingDaysBetween(d("2026-10-10"), d("2026-10-10"))).isZero();
		assertThat(this.workingDays.workingDaysBetween(d("2026-10-10"), d("2026-09-10"))).isZero();
		assertThatIllegalArgumentException().isThrownBy(() -> this.workingDays.addWorkingDays(d("2026-10-03"), -1));
		for (LocalDate from = d("2025-12-20"); from.isBefore(d("2027-01-10")); from = from.plusDays(1)) {
			for (int n = 0; n <= 10; n++) {
				LocalDate to = this.workingDays.addWorkingDays(from, n);
				assertThat(this.workingDays.workingDaysBetween(from, to)).as(from + " + " + n).isEqualTo(n);
				assertThat(n == 0 || this.workingDays.isWorkingDay(to)).as(from + " + " + n + " lands on a working day")
					.isTrue();
			}
		}
	}

}
