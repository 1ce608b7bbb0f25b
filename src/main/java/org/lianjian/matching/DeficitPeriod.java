package org.lianjian.matching;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The period of the deficit: a calendar year, or one quarter of it. A need counts in the
 * period it was raised in. Anything out of range falls back to this year, so a hand-typed
 * parameter never fails.
 *
 * @param year the year
 * @param quarter 1 to 4, or null for the whole year
 */
record DeficitPeriod(int year, @Nullable Integer quarter) {

	static final int FIRST_YEAR = 2000;

	static final int LAST_YEAR = 2100;

	static DeficitPeriod of(@Nullable Integer year, @Nullable Integer quarter, LocalDate today) {
		int y = (year != null && year >= FIRST_YEAR && year <= LAST_YEAR) ? year : today.getYear();
		Integer q = (quarter != null && quarter >= 1 && quarter <= 4) ? quarter : null;
		return new DeficitPeriod(y, q);
	}

	/** The first day. */
	LocalDate start() {
		return (this.quarter == null) ? LocalDate.of(this.year, 1, 1)
				: LocalDate.of(this.year, (this.quarter - 1) * 3 + 1, 1);
	}

	/** The day after the last. */
	LocalDate end() {
		return (this.quarter == null) ? start().plusYears(1) : start().plusMonths(3);
	}

}
