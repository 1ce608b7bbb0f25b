package org.lianjian.dashboard;

import java.time.LocalDate;

import org.lianjian.account.DataScope;
import org.lianjian.activity.ActivityFigures;
import org.lianjian.structure.OrganisationStatus;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * The staff dashboard's sub-district-wide figures: networks, active organisations, active
 * and vacant units and this month's volunteer hours, each counted by the list it links to
 * ({@link DashboardFigure}). Each is a count or sum over a whole table, so they are
 * cached ({@value #CACHE}, limits in {@code portal.caches.dashboard-figures}) per scope
 * and day. {@link DashboardFiguresEviction} empties the cache after the commit of a
 * change that the events announce (an activity held, reopened or cancelled, a liaison
 * appointed or ended, a unit moving out); the expiry bounds the rest (a new unit or
 * organisation). Nothing user-specific is kept here: lists, reminders and other scopes'
 * figures are read on every visit.
 */
@Component
class DashboardFigures {

	static final String CACHE = "dashboard-figures";

	private final UnitService units;

	private final StructureService structure;

	private final ActivityFigures activities;

	DashboardFigures(UnitService units, StructureService structure, ActivityFigures activities) {
		this.units = units;
		this.structure = structure;
		this.activities = activities;
	}

	/**
	 * The figures of a scope that sees the whole sub-district (staff, admin), counted in
	 * that scope.
	 * @param scope the current user's scope; must see everything
	 * @param today the day (the month of the hours)
	 * @return the figures
	 */
	@Cacheable(CACHE)
	public StaffFigures staff(DataScope scope, LocalDate today) {
		if (!scope.isAll()) {
			throw new IllegalArgumentException("not a sub-district-wide scope");
		}
		return count(today);
	}

	private StaffFigures count(LocalDate today) {
		String organisations = "/structure/organisations";
		String units = "/units";
		return new StaffFigures(
				DashboardFigure.count("networks", this.structure.count(null, null, true),
						DashboardFigure.link(organisations, "networks", true)),
				DashboardFigure.count("organisations", this.structure.count(null, OrganisationStatus.ACTIVE, false),
						DashboardFigure.link(organisations, "status", OrganisationStatus.ACTIVE)),
				DashboardFigure.count("units", this.units.count(UnitService.active()),
						DashboardFigure.link(units, "status", "ACTIVE")),
				DashboardFigure.count("vacant", this.units.count(UnitService.activeVacant()),
						DashboardFigure.link(units, "status", "ACTIVE", "vacant", true)),
				DashboardFigure.hours("monthHours",
						this.activities.hours(ActivityFigures.heldIn(today.getYear(), today.getMonthValue())),
						DashboardFigure.link("/activities", "status", "HELD", "year", today.getYear(), "month",
								today.getMonthValue())));
	}

	/**
	 * The staff dashboard's figures.
	 *
	 * @param networks the holders of the four network roles
	 * @param organisations active organisations
	 * @param units active units
	 * @param vacant active units without a primary liaison in office today
	 * @param monthHours volunteer hours of the activities held this month
	 */
	record StaffFigures(DashboardFigure networks, DashboardFigure organisations, DashboardFigure units,
			DashboardFigure vacant, DashboardFigure monthHours) {

	}

}
