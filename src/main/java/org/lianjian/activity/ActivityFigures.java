package org.lianjian.activity;

import java.math.BigDecimal;

import org.lianjian.account.ScopeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Figures over the activity list, for the dashboards: counted by the list's own
 * statement, so that a figure and the list it links to agree.
 */
@Service
public class ActivityFigures {

	private final ActivityListQueries listQueries;

	private final ScopeService scopes;

	private final UnitContributionQueries unitYears;

	ActivityFigures(ActivityListQueries listQueries, ScopeService scopes, UnitContributionQueries unitYears) {
		this.listQueries = listQueries;
		this.scopes = scopes;
		this.unitYears = unitYears;
	}

	/**
	 * What a unit gave through activities and its positions in a year, in one statement
	 * ({@link UnitContribution}). The caller checks that the unit is in the user's scope
	 * (the unit page's rule); the figures are the unit's own, whoever reads them.
	 * @param unitId the unit
	 * @param year the calendar year
	 * @return the hours, volunteers, held activities and booked days of its positions
	 */
	@Transactional(readOnly = true)
	public UnitContribution ofUnit(Long unitId, int year) {
		return this.unitYears.of(unitId, year);
	}

	/**
	 * The volunteer hours of the activity list for a filter, in the current user's scope:
	 * the hours logged on the listed activities, by the list's unit when it is filtered
	 * by a unit, else by every unit. The list shows the same total when it lists held
	 * activities.
	 * @param filter the list's filters (the page is ignored)
	 * @return the hours
	 */
	@Transactional(readOnly = true)
	public BigDecimal hours(ActivityFilter filter) {
		return this.listQueries.hours(this.scopes.current(), filter);
	}

	/**
	 * The held activities of a month: {@code /activities?status=HELD&year=&month=}.
	 * @param year the year
	 * @param month the month, 1 to 12
	 * @return the filter
	 */
	public static ActivityFilter heldIn(int year, int month) {
		return new ActivityFilter(null, ActivityStatus.HELD, null, null, null, year, month, null, null, null);
	}

	/**
	 * The held activities of a year with a unit as partner:
	 * {@code /activities?status=HELD&year=&unit=}.
	 * @param year the year
	 * @param unitId the unit
	 * @return the filter
	 */
	public static ActivityFilter heldWithUnit(int year, Long unitId) {
		return new ActivityFilter(null, ActivityStatus.HELD, null, null, unitId, year, null, null, null, null);
	}

}
