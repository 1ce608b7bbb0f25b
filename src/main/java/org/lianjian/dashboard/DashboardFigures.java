package org.lianjian.dashboard;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.lianjian.account.DataScope;
import org.lianjian.activity.RankingService;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The staff dashboard's sub-district-wide figures: active and vacant units, organisations
 * below the core and this month's volunteer hours. Each is a count or sum over a whole
 * table (the organisation tree is walked recursively), so they are reused within windows
 * of the clock ({@code portal.dashboard.figures-cache}, 10 s by default, 0 turns it off
 * as the tests do: a count made at 12:00:03 serves until 12:00:10), keyed by the scope
 * and the day. Nothing user-specific is kept here: lists, reminders and other scopes'
 * figures are read on every visit.
 */
@Component
class DashboardFigures {

	private final UnitService units;

	private final StructureService structure;

	private final RankingService ranking;

	private final Duration ttl;

	private final Clock clock;

	private final Map<Key, Entry> cache = new ConcurrentHashMap<>();

	DashboardFigures(UnitService units, StructureService structure, RankingService ranking,
			@Value("${portal.dashboard.figures-cache:10s}") Duration ttl, Clock clock) {
		this.clock = clock;
		this.units = units;
		this.structure = structure;
		this.ranking = ranking;
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
		LocalDate month = today.withDayOfMonth(1);
		return new StaffFigures(this.units.count(UnitService.active()), this.units.count(UnitService.activeVacant()),
				this.structure.figures(), this.ranking.hoursBetween(month, month.plusMonths(1)));
	}

	/**
	 * The staff dashboard's figures.
	 *
	 * @param units active units
	 * @param vacant active units without an active primary liaison
	 * @param structure networks and active organisations below the core
	 * @param monthHours volunteer hours of held activities this month
	 */
	record StaffFigures(long units, long vacant, StructureService.StructureFigures structure, BigDecimal monthHours) {

	}

	private record Key(DataScope scope, LocalDate today) {

	}

	private record Entry(long window, StaffFigures figures) {

	}

}
