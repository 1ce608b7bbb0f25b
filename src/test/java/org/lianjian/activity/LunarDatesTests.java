package org.lianjian.activity;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lunar festival dates computed by the lunar-calendar library against the published
 * calendar (春节 and 重阳 for 2025–2027), and the other two date rules.
 */
class LunarDatesTests {

	@Test
	void shouldComputeSpringFestival() {
		assertThat(FestivalDates.lunar(2025, 1, 1)).isEqualTo(LocalDate.of(2025, 1, 29));
		assertThat(FestivalDates.lunar(2026, 1, 1)).isEqualTo(LocalDate.of(2026, 2, 17));
		assertThat(FestivalDates.lunar(2027, 1, 1)).isEqualTo(LocalDate.of(2027, 2, 6));
	}

	@Test
	void shouldComputeDoubleNinthFestival() {
		assertThat(FestivalDates.lunar(2025, 9, 9)).isEqualTo(LocalDate.of(2025, 10, 29));
		assertThat(FestivalDates.lunar(2026, 9, 9)).isEqualTo(LocalDate.of(2026, 10, 18));
		assertThat(FestivalDates.lunar(2027, 9, 9)).isEqualTo(LocalDate.of(2027, 10, 8));
	}

	@Test
	void shouldApplyEachRule() {
		assertThat(FestivalDates.dateIn(FestivalDateRule.LUNAR, 2026, 1, 1)).isEqualTo(LocalDate.of(2026, 2, 17));
		assertThat(FestivalDates.dateIn(FestivalDateRule.FIXED, 2026, 3, 5)).isEqualTo(LocalDate.of(2026, 3, 5));
		// first Saturday: 2026-08-01 is a Saturday, 2026-10-01 a Thursday
		assertThat(FestivalDates.dateIn(FestivalDateRule.MONTH, 2026, 8, null)).isEqualTo(LocalDate.of(2026, 8, 1));
		assertThat(FestivalDates.dateIn(FestivalDateRule.MONTH, 2026, 10, null)).isEqualTo(LocalDate.of(2026, 10, 3));
	}

	@Test
	void shouldPlaceLateLunarMonthsInTheRequestedYear() {
		// 腊月三十 of lunar 2025 does not exist (29 days): 除夕 is 腊月廿九, 2026-02-16
		assertThat(FestivalDates.dateIn(FestivalDateRule.LUNAR, 2026, 12, 30)).isEqualTo(LocalDate.of(2026, 2, 16));
	}

	@Test
	void shouldComputeLanternDragonBoatAndMidAutumnFestivals() {
		// published calendar: 元宵 2027-02-20, 端午 2027-06-09, 中秋 2027-09-15; 2026: 03-03,
		// 06-19, 09-25
		assertThat(FestivalDates.dateIn(FestivalDateRule.LUNAR, 2027, 1, 15)).isEqualTo(LocalDate.of(2027, 2, 20));
		assertThat(FestivalDates.dateIn(FestivalDateRule.LUNAR, 2027, 5, 5)).isEqualTo(LocalDate.of(2027, 6, 9));
		assertThat(FestivalDates.dateIn(FestivalDateRule.LUNAR, 2027, 8, 15)).isEqualTo(LocalDate.of(2027, 9, 15));
		assertThat(FestivalDates.dateIn(FestivalDateRule.LUNAR, 2026, 1, 15)).isEqualTo(LocalDate.of(2026, 3, 3));
		assertThat(FestivalDates.dateIn(FestivalDateRule.LUNAR, 2026, 5, 5)).isEqualTo(LocalDate.of(2026, 6, 19));
		assertThat(FestivalDates.dateIn(FestivalDateRule.LUNAR, 2026, 8, 15)).isEqualTo(LocalDate.of(2026, 9, 25));
	}

}
