package org.lianjian.unit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What "on day D" means for a resident unit and its liaisons: the one definition that the
 * unit list, the dashboard and the annual report put into their SQL, so that they count
 * the same units on the same day.
 *
 * <p>
 * Every period is <b>half-open</b>, [first day, end day): its first day counts, its end
 * day does not.
 * <ul>
 * <li>A unit is <b>present</b> on D from its effective start date
 * ({@code effective_from}, the day it moved in or joined) until it moved out or closed:
 * {@code effective_from <= D and (status = 'ACTIVE' or status_date > D)}. The status date
 * is the day it left, on which it no longer counts.</li>
 * <li>A liaison is <b>in office</b> on D from the start date of the appointment until its
 * end date: {@code start_date <= D and (end_date is null or end_date > D)}. Ending an
 * appointment today sets today as its end date, so the liaison is no longer in office
 * today; an appointment that starts tomorrow is not in office today; at a handover on D
 * the new liaison is in office on D and the old one is not.</li>
 * <li>A unit is <b>vacant</b> on D when no primary liaison is in office on D.</li>
 * </ul>
 *
 * <p>
 * The day is an SQL expression, usually a named parameter such as {@code :today} or
 * {@code :asOf}; the aliases name the table rows the predicate applies to.
 */
public final class UnitOnDay {

	private UnitOnDay() {
	}

	/**
	 * The unit row {@code unit} is present on {@code day}.
	 * @param unit alias of a {@code resident_unit} or {@code unit_directory} row
	 * @param day an SQL date expression
	 * @return the predicate, in parentheses
	 */
	public static String present(String unit, String day) {
		return " (" + unit + ".effective_from <= " + day + " and (" + unit + ".status = 'ACTIVE' or " + unit
				+ ".status_date > " + day + ")) ";
	}

	/**
	 * The liaison row {@code liaison} is in office on {@code day}.
	 * @param liaison alias of a {@code liaison} row
	 * @param day an SQL date expression
	 * @return the predicate, in parentheses
	 */
	public static String inOffice(String liaison, String day) {
		return " (" + liaison + ".start_date <= " + day + " and (" + liaison + ".end_date is null or " + liaison
				+ ".end_date > " + day + ")) ";
	}

	/**
	 * A primary liaison of the unit row {@code unit} is in office on {@code day}; its
	 * negation is "vacant on {@code day}".
	 * @param unit alias of a {@code resident_unit} or {@code unit_directory} row
	 * @param day an SQL date expression
	 * @return the predicate
	 */
	public static String primaryInOffice(String unit, String day) {
		return " exists (select 1 from liaison pio where pio.unit_id = " + unit + ".id and pio.is_primary and"
				+ inOffice("pio", day) + ") ";
	}

	/**
	 * The same rule as {@link #inOffice(String, String)}, for one appointment in Java.
	 * @param start the first day in office
	 * @param end the end date (the first day no longer in office), or null while open
	 * @param day the day
	 * @return whether the liaison is in office on the day
	 */
	public static boolean inOffice(LocalDate start, @Nullable LocalDate end, LocalDate day) {
		return !start.isAfter(day) && (end == null || end.isAfter(day));
	}

}
