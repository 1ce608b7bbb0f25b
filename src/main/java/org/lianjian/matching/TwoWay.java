package org.lianjian.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lianjian.activity.UnitContribution;
import org.lianjian.project.ContributionKind;
import org.lianjian.project.ProjectViews;

/**
 * The two-way service tab of a unit for a year (双向服务): what the unit gave the community
 * and what the community gave the unit, and the ratings the unit received as a provider.
 *
 * @param year the year shown
 * @param thisYear the current year (the last one offered)
 * @param activities the unit's hours, held activities and booked position days
 * @param projects the unit's contributions to the projects running in the year
 * @param delivered the orders the unit delivered in the year
 * @param met the unit's own needs met in the year
 * @param ratings the ratings the unit received as a provider, every year
 */
record TwoWay(int year, int thisYear, UnitContribution activities, List<ProjectViews.Contribution> projects,
		Delivered delivered, Met met, Ratings ratings) {

	/** The earliest year offered. */
	static final int FIRST_YEAR = 2000;

	/** Orders listed at most (the figures count them all). */
	static final int ORDER_ROWS = 20;

	/** Met needs listed at most. */
	static final int NEED_ROWS = 50;

	/** Ratings listed at most, newest first. */
	static final int RATING_ROWS = 10;

	/** Money given: money contributed to projects, and orders measured in 元. */
	public BigDecimal projectMoney() {
		return this.projects.stream()
			.filter((c) -> c.kind() == ContributionKind.MONEY && c.amount() != null)
			.map(ProjectViews.Contribution::amount)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	public BigDecimal money() {
		return projectMoney().add(this.delivered.money());
	}

	/** Venue days: days its positions were booked, and orders measured in days. */
	public BigDecimal venueDays() {
		return BigDecimal.valueOf(this.activities.venueDays()).add(this.delivered.days());
	}

	/** Whether the unit gave nothing this year that the tab counts. */
	public boolean gaveNothing() {
		return this.activities.hours().signum() == 0 && this.activities.sessions() == 0 && money().signum() == 0
				&& venueDays().signum() == 0 && this.delivered.count() == 0 && this.projects.isEmpty();
	}

	/** The year before, or null before the first year offered. */
	public @Nullable Integer previousYear() {
		return (this.year > FIRST_YEAR) ? this.year - 1 : null;
	}

	/** The year after, or null for the current year. */
	public @Nullable Integer nextYear() {
		return (this.year < this.thisYear) ? this.year + 1 : null;
	}

	/**
	 * The year a request asks for: a whole number from {@link #FIRST_YEAR} to this year,
	 * anything else this year.
	 * @param requested the parameter as sent
	 * @param thisYear the current year
	 * @return the year to show
	 */
	static int year(@Nullable String requested, int thisYear) {
		if (requested == null || requested.isBlank() || requested.length() > 4) {
			return thisYear;
		}
		try {
			int y = Integer.parseInt(requested.strip());
			return (y >= FIRST_YEAR && y <= thisYear) ? y : thisYear;
		}
		catch (NumberFormatException ex) {
			return thisYear;
		}
	}

	/**
	 * The orders a unit delivered in a year (delivered or rated, by the delivery day).
	 *
	 * @param count how many
	 * @param hours their hours (also in the unit's activity hours: each was delivered by
	 * a held activity)
	 * @param money the quantity of those measured in 元
	 * @param days the quantity of those measured in days
	 * @param rows the newest {@link #ORDER_ROWS}
	 */
	record Delivered(long count, BigDecimal hours, BigDecimal money, BigDecimal days, List<DeliveredRow> rows) {

	}

	/**
	 * An order the unit delivered.
	 *
	 * @param id the order
	 * @param item the menu item (resource) ordered
	 * @param category its category
	 * @param deliveredOn the day of the delivering activity
	 * @param quantity the quantity ordered, in the item's measure
	 * @param measure the item's measure
	 * @param hours the unit's hours on the delivering activity
	 * @param rating the rating, when rated
	 * @param visible whether the reader may open the order
	 */
	record DeliveredRow(Long id, String item, String category, LocalDate deliveredOn, BigDecimal quantity,
			Measure measure, @Nullable BigDecimal hours, @Nullable Integer rating, boolean visible) {

	}

	/**
	 * The unit's own needs (the community serves the unit) met in a year, by the day they
	 * were met.
	 *
	 * @param count how many
	 * @param rows the newest {@link #NEED_ROWS}
	 */
	record Met(long count, List<MetRow> rows) {

	}

	/**
	 * A need of the unit that was met.
	 *
	 * @param id the need
	 * @param title what was needed
	 * @param category its category
	 * @param quantity how much
	 * @param measure in what
	 * @param metOn the day it was met
	 * @param visible whether the reader may open the need
	 */
	record MetRow(Long id, String title, String category, BigDecimal quantity, Measure measure, LocalDate metOn,
			boolean visible) {

	}

	/**
	 * The ratings of the unit's deliveries (评单), every year: the average the menu shows
	 * and the newest.
	 *
	 * @param count how many
	 * @param average the average, one decimal, null when never rated
	 * @param rows the newest {@link #RATING_ROWS}
	 */
	record Ratings(long count, @Nullable BigDecimal average, List<RatingRow> rows) {

		/** The average in whole stars (half up), 0 when never rated. */
		public int stars() {
			return (this.average != null) ? this.average.setScale(0, RoundingMode.HALF_UP).intValue() : 0;
		}

	}

	/**
	 * One rating.
	 *
	 * @param orderId the order rated
	 * @param stars 1 to 5
	 * @param comment the comment
	 * @param ratedOn the day
	 * @param rater the residential area the order served (who ordered and rated it)
	 * @param visible whether the reader may open the order
	 */
	record RatingRow(Long orderId, int stars, @Nullable String comment, @Nullable LocalDate ratedOn, String rater,
			boolean visible) {

	}

}
