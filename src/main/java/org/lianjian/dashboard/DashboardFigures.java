package org.lianjian.dashboard;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lianjian.account.DataScope;
import org.lianjian.activity.ActivityFigures;
import org.lianjian.structure.OrganisationStatus;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The staff dashboard's sub-district-wide figures: networks, active organisations, active
 * and vacant units and this month's volunteer hours, each counted by the list it links to
 * ({@link DashboardFigure}). Each is a count or sum over a whole table, so they are
 * reused within windows of the clock ({@code portal.dashboard.figures-cache}, 10 s by
 * default, 0 turns it off as the tests do: a count made at 12:00:03 serves until
 * 12:00:10), keyed by the scope and the day. Nothing user-specific is kept here: lists,
 * reminders and other scopes' figures are read on every visit.
 */
@Component
class DashboardFigures {

	private final UnitService units;

	private final StructureService structure;

	private final ActivityFigures activities;

	private final Duration ttl;

	private final Clock clock;

	private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

	DashboardFigures(UnitService units, StructureService structure, ActivityFigures activities,
			@Value("${portal.dashboard.figures-cache:10s}") Duration ttl, Clock clock) {
		this.clock = clock;
		this.units = units;
		this.structure = structure;
		this.activities = activities;
		this.ttl = ttl;
	}

	/**
	 * The figures of a scope that sees the whole sub-district (staff, admin), counted in
	 * that scope.
	 * @param scope the current user's scope; must see everything
	 * @param today the day (the month of the hours)
	 * @return the figures
	 */
	StaffFigures staff(DataScope scope, LocalDate today) {
		if (!scope.isAll()) {
			throw new IllegalArgumentException("not a sub-district-wide scope");
		}
		if (this.ttl.isZero()) {
			return count(today);
		}
		Key key = new Key(scope, today);
		// windows of the clock, not a time since the count: a page rendered in a window
		// (home is kept for one 10-second window at most) shows figures counted in it
		long window = this.clock.millis() / Math.max(1, this.ttl.toMillis());
		Entry entry = this.cache.get(key);
		if (entry != null && entry.window() == window) {
			return entry.figures();
		}
		if (this.cache.size() > 100) {
			this.cache.clear();
		}
		StaffFigures figures = count(today);
		this.cache.put(key, new Entry(window, figures));
		return figures;
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

	private record Key(DataScope scope, LocalDate today) {

	}

	private record Entry(long window, StaffFigures figures) {

	}

}
