package org.lianjian.matching;

import java.time.LocalDate;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The period of the deficit: a calendar year, or one quarter of it. A need counts in the
 * period it was raised in. Anything out of range falls back to this year, so a hand-typed
 * parameter never fails.
 *
 * @param year the year
 * @param quarter 1 to 4, or null for the whole year
 */
record DeficitPeriod(int year, @Nullable Integer quarter) {

	/**
	 * The one definition of "a need counts in the period" (it was raised in it), on need
	 * {@code n}, with {@code :periodFrom} and {@code :periodTo} ({@link #params}): used
	 * by the deficit and by the needs list a deficit cell links to.
	 */
	static final String RAISED_IN = "(n.created_at >= :periodFrom and n.created_at < :periodTo)";

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

	/**
	 * Adds the parameters of {@link #RAISED_IN}: the period's bounds at midnight in the
	 * portal's zone.
	 * @param p the statement's parameters
	 * @param zone the portal's zone
	 * @return the parameters
	 */
	MapSqlParameterSource params(MapSqlParameterSource p, ZoneId zone) {
		return p.addValue("periodFrom", start().atStartOfDay(zone).toOffsetDateTime())
			.addValue("periodTo", end().atStartOfDay(zone).toOffsetDateTime());
	}

	/**
	 * The period's parameters on a list's address: {@code year}, and {@code quarter} when
	 * there is one.
	 * @return e.g. {@code &year=2026&quarter=3}
	 */
	String query() {
		return "&year=" + this.year + ((this.quarter != null) ? "&quarter=" + this.quarter : "");
	}

}
