package org.lianjian.structure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What "a member on day D" means: the one definition of a current membership, for the
 * structure pages and every query that counts members of a network or committee (the
 * coordination committee's roster in the unit list and the annual report).
 *
 * <p>
 * A membership's {@code valid_to} is its <b>last day</b>: the organisation is a member
 * from {@code valid_from} through {@code valid_to}, both included, and an open membership
 * has no {@code valid_to}. (A liaison's end date, by contrast, is the first day out of
 * office: see {@code unit.UnitOnDay}.)
 */
public final class MembershipOnDay {

	private MembershipOnDay() {
	}

	/**
	 * The membership row {@code membership} is current on {@code day}.
	 * @param membership alias of a {@code membership} or {@code coordination_membership}
	 * row
	 * @param day an SQL date expression, such as {@code :today}
	 * @return the predicate, in parentheses
	 */
	public static String current(String membership, String day) {
		return " (" + membership + ".valid_from <= " + day + " and (" + membership + ".valid_to is null or "
				+ membership + ".valid_to >= " + day + ")) ";
	}

	/**
	 * The same rule in Java.
	 * @param from the first day
	 * @param to the last day, or null while open
	 * @param day the day
	 * @return whether the membership is current on the day
	 */
	public static boolean current(LocalDate from, @Nullable LocalDate to, LocalDate day) {
		return !from.isAfter(day) && (to == null || !to.isBefore(day));
	}

}
