package org.lianjian.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.structure.OrganisationOption;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deficit page's figures (供需赤字): category × residential area for a period, in the
 * user's scope. Staff and admins see every area, a secretary their own; anyone else, and
 * a secretary asking for another area, gets 404 (also for the JSON of the heat map).
 */
@Service
class Deficit {

	private final DeficitQueries queries;

	private final CategoryRepository categories;

	private final MatchingAccess access;

	private final Clock clock;

	Deficit(DeficitQueries queries, CategoryRepository categories, MatchingAccess access, Clock clock) {
		this.queries = queries;
		this.categories = categories;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * One cell with needs.
	 *
	 * @param categoryId the category
	 * @param category its name
	 * @param areaId the residential area
	 * @param area its name
	 * @param needs how many needs
	 * @param needed the quantity needed (needs, or the measure's quantity)
	 * @param delivered the part delivered
	 * @param unmet needed − delivered
	 * @param unmetPercent the unmet share, 0 to 100
	 * @param href the needs list filtered to the cell
	 */
	record Cell(Long categoryId, String category, Long areaId, String area, long needs, BigDecimal needed,
			BigDecimal delivered, BigDecimal unmet, int unmetPercent, String href) {

	}

	/**
	 * The whole deficit of a period.
	 *
	 * @param year the year
	 * @param quarter the quarter, or null for the year
	 * @param measure the measure the figures are in, or null for needs
	 * @param area the one area asked for, or null for all in scope
	 * @param categories the categories (the heat map's rows)
	 * @param areas the areas in scope (its columns)
	 * @param cells the cells with needs, largest unmet first
	 */
	record View(int year, @Nullable Integer quarter, @Nullable Measure measure, @Nullable Long area,
			List<MatchingViews.Option> categories, List<MatchingViews.Option> areas, List<Cell> cells) {

	}

	/**
	 * The areas the user may look at: every area for staff and admins, a secretary's own.
	 */
	List<MatchingViews.Option> areas() {
		DataScope scope = this.access.scope();
		if (!scope.isAll() && !scope.isSecretary()) {
			throw new MatchingNotFoundException("deficit area", 0L);
		}
		List<OrganisationOption> areas = scope.isAll() ? this.access.allAreas() : this.access.areaOptions();
		return areas.stream().map((o) -> new MatchingViews.Option(o.id(), o.name())).toList();
	}

	@Transactional(readOnly = true)
	View view(@Nullable Integer year, @Nullable Integer quarter, @Nullable Measure measure, @Nullable Long area) {
		DeficitPeriod period = DeficitPeriod.of(year, quarter, LocalDate.now(this.clock));
		List<MatchingViews.Option> areas = areas();
		if (area != null) {
			areas = areas.stream().filter((a) -> a.id().equals(area)).toList();
			if (areas.isEmpty()) {
				throw new MatchingNotFoundException("deficit area", 0L);
			}
		}
		Map<Long, String> areaNames = areas.stream()
			.collect(Collectors.toMap(MatchingViews.Option::id, MatchingViews.Option::name));
		List<Category> all = this.categories.findAllByOrderBySortOrderAscIdAsc();
		Map<Long, String> categoryNames = new HashMap<>();
		all.forEach((c) -> categoryNames.put(Objects.requireNonNull(c.getId()), c.getName()));
		List<Cell> cells = this.queries
			.cells(period, areas.stream().map(MatchingViews.Option::id).toList(), measure, this.clock.getZone())
			.stream()
			.map((c) -> cell(c, categoryNames, areaNames, needsQuery(period, measure)))
			.sorted(Comparator.comparing(Cell::unmet)
				.reversed()
				.thenComparing(Cell::category)
				.thenComparing(Cell::area))
			.toList();
		Set<Long> used = cells.stream().map(Cell::categoryId).collect(Collectors.toSet());
		List<MatchingViews.Option> shown = all.stream()
			.filter((c) -> c.isActive() || used.contains(c.getId()))
			.map((c) -> new MatchingViews.Option(Objects.requireNonNull(c.getId()), c.getName()))
			.toList();
		return new View(period.year(), period.quarter(), measure, area, shown, areas, cells);
	}

	/**
	 * What a cell's link adds to its category and area: the period and the measure, so
	 * the needs list counts exactly the cell's needs.
	 */
	private static String needsQuery(DeficitPeriod period, @Nullable Measure measure) {
		return "&direction=TO_COMMUNITY" + period.query() + ((measure != null) ? "&measure=" + measure.name() : "");
	}

	private static Cell cell(DeficitQueries.Cell c, Map<Long, String> categoryNames, Map<Long, String> areaNames,
			String needsQuery) {
		BigDecimal needed = c.needed().setScale(2, RoundingMode.HALF_UP);
		BigDecimal delivered = c.delivered().setScale(2, RoundingMode.HALF_UP);
		BigDecimal unmet = needed.subtract(delivered).max(BigDecimal.ZERO);
		int percent = (needed.signum() > 0)
				? unmet.multiply(BigDecimal.valueOf(100)).divide(needed, 0, RoundingMode.HALF_UP).intValue() : 0;
		return new Cell(c.categoryId(), categoryNames.getOrDefault(c.categoryId(), "#" + c.categoryId()), c.areaId(),
				areaNames.getOrDefault(c.areaId(), "#" + c.areaId()), c.needs(), needed, delivered, unmet, percent,
				"/matching/needs?category=" + c.categoryId() + "&area=" + c.areaId() + needsQuery);
	}

}
