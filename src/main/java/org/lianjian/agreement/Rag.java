package org.lianjian.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;

/**
 * Red, amber or green: how a commitment stands against its target for the year.
 *
 * <p>
 * The rule, in one place:
 * <ol>
 * <li>The <em>period</em> is the part of the calendar year of {@code today} that lies
 * inside the agreement's term. Elapsed = the share of that period that has passed by
 * {@code today} (0 to 1). A qualitative commitment (no target) counts as a target of 1:
 * one fulfilment record delivers it.</li>
 * <li><b>Green</b> when delivered ≥ target × elapsed (on track pro rata), or when the
 * target is fully delivered.</li>
 * <li><b>Red</b> when less than half the target is delivered and either the term has
 * ended or more than 75% of the year has passed.</li>
 * <li><b>Amber</b> otherwise: behind, but not yet red.</li>
 * </ol>
 */
public enum Rag {

	GREEN, AMBER, RED;

	/**
	 * Share of the year after which a commitment with less than half delivered is red.
	 */
	static final double LATE_IN_YEAR = 0.75;

	public String messageKey() {
		return "rag." + name();
	}

	/**
	 * The Bootstrap classes of this colour's badge.
	 * @return the classes
	 */
	public String badgeClass() {
		return switch (this) {
			case RED -> "text-bg-danger";
			case AMBER -> "text-bg-warning";
			case GREEN -> "text-bg-success";
		};
	}

	/**
	 * The badge's icon, so that the colour is never the only sign.
	 * @return the Bootstrap Icons class
	 */
	public String icon() {
		return switch (this) {
			case RED -> "bi-x-octagon-fill";
			case AMBER -> "bi-exclamation-triangle-fill";
			case GREEN -> "bi-check-circle-fill";
		};
	}

	/** Worst first: red beats amber beats green. */
	public Rag worse(Rag other) {
		return this.ordinal() >= other.ordinal() ? this : other;
	}

	/**
	 * Applies the rule.
	 * @param target the yearly target, or null for a qualitative commitment
	 * @param delivered what was delivered in the year of {@code today}
	 * @param termStart the agreement's first day
	 * @param termEnd the agreement's last day
	 * @param today the day to judge on
	 * @return the status
	 */
	public static Rag of(@Nullable BigDecimal target, BigDecimal delivered, LocalDate termStart, LocalDate termEnd,
			LocalDate today) {
		BigDecimal goal = (target == null || target.signum() <= 0) ? BigDecimal.ONE : target;
		double share = delivered.divide(goal, 6, RoundingMode.HALF_UP).doubleValue();
		if (share >= 1.0) {
			return GREEN;
		}
		boolean termEnded = today.isAfter(termEnd);
		double elapsed = elapsedShare(termStart, termEnd, today);
		if (share < 0.5 && (termEnded || elapsed > LATE_IN_YEAR)) {
			return RED;
		}
		return share >= elapsed ? GREEN : AMBER;
	}

	/**
	 * How much of this year's part of the term has passed, 0 to 1.
	 * @param termStart first day of the term
	 * @param termEnd last day of the term
	 * @param today the day
	 * @return elapsed share
	 */
	static double elapsedShare(LocalDate termStart, LocalDate termEnd, LocalDate today) {
		LocalDate yearStart = today.withDayOfYear(1);
		LocalDate yearEnd = today.withDayOfYear(today.lengthOfYear());
		LocalDate from = termStart.isAfter(yearStart) ? termStart : yearStart;
		LocalDate to = termEnd.isBefore(yearEnd) ? termEnd : yearEnd;
		if (to.isBefore(from)) {
			return today.isAfter(termEnd) ? 1.0 : 0.0;
		}
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		long passed = ChronoUnit.DAYS.between(from, today) + 1;
		return Math.max(0.0, Math.min(1.0, (double) passed / days));
	}

}
