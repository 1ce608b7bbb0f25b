package org.lianjian.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.SqlWhere;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matching figures of one year, for the annual report, in a reader's scope (the
 * matching module's own rules: {@link MatchingAccess#NEEDS},
 * {@link MatchingAccess#ORDERS} and {@link MatchingAccess#RESOURCES}), in five statements
 * whatever the data:
 * <ul>
 * <li>two-way service: units' needs (raised by a unit, the community serves it) closed as
 * met in the year, against orders of community needs delivered by a unit in the year (by
 * the delivery day), for the year and the year before, with the unit tab's definitions
 * ({@link TwoWayQueries#COMMUNITY_SERVES_UNITS},
 * {@link TwoWayQueries#UNITS_SERVE_COMMUNITY});</li>
 * <li>the deficit by category: the deficit's one definition ({@link DeficitQueries}, in
 * needs, by the day a need was raised), for the year and the year before;</li>
 * <li>for each of the {@value #TOP_GAPS} largest gaps (unmet needs, then the unmet
 * share), the units whose published resources of that category went unused in the year
 * (no order counting against their capacity, {@link ResourceQueries#USED}), and the
 * categories in which units without any resource of that category still have spare
 * capacity.</li>
 * </ul>
 */
@Service
public class MatchingYear {

	/** How many of the largest gaps are named and get a suggestion. */
	public static final int TOP_GAPS = 3;

	/** Units named per suggestion (the count says how many there are). */
	static final int NAMED_UNITS = 5;

	/** Categories with spare capacity named per suggestion. */
	static final int NAMED_CATEGORIES = 3;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Units' needs met, and orders delivered by units, in the year and the year before:
	 * cur, prev, cur, prev.
	 */
	private static final String TWO_WAY = """
			with met as (
			  select count(*) filter (where n.closed_on >= :from) as cur,
			         count(*) filter (where n.closed_on < :from) as prev
			    from need n
			   where %s
			     and n.closed_on >= :pfrom and n.closed_on < :to and %s),
			delivered as (
			  select count(*) filter (where o.delivered_on >= :from) as cur,
			         count(*) filter (where o.delivered_on < :from) as prev
			    from service_order o join need n on n.id = o.need_id
			   where %s
			     and o.delivered_on >= :pfrom and o.delivered_on < :to and %s)
			select met.cur, met.prev, delivered.cur, delivered.prev from met, delivered
			""".formatted(TwoWayQueries.COMMUNITY_SERVES_UNITS, MatchingAccess.NEEDS.sqlOrAll(),
			TwoWayQueries.UNITS_SERVE_COMMUNITY, MatchingAccess.ORDERS.sqlOrAll());

	/**
	 * For each gap category: the active units whose published resources of it went unused
	 * ({@code UNUSED}, one row per unit), and the categories in which active units with
	 * no resource of it have published resources with spare capacity ({@code SPARE}, with
	 * the number of such units).
	 */
	private static final String SUGGESTIONS = """
			with res as (
			  select r.id, r.category_id, r.provider_unit_id, u.name as unit, r.capacity_per_year, %s as used
			    from service_resource r join unit_directory u on u.id = r.provider_unit_id and u.status = 'ACTIVE'
			   where r.published and %s),
			gap as (select c.id from matching_category c where c.id = any(:gaps))
			select g.id as gap, 'UNUSED' as kind, res.unit as name, 0 as sort_order, 1 as units
			  from gap g join res on res.category_id = g.id and res.used = 0
			 group by g.id, res.provider_unit_id, res.unit
			union all
			select g.id, 'SPARE', c.name, c.sort_order, count(distinct res.provider_unit_id)
			  from gap g join res on res.category_id <> g.id and res.used < res.capacity_per_year
			  join matching_category c on c.id = res.category_id
			 where not exists (select 1 from service_resource x
			                    where x.provider_unit_id = res.provider_unit_id and x.category_id = g.id)
			 group by g.id, c.id, c.name, c.sort_order
			 order by gap, kind desc, units desc, sort_order, name
			""".formatted(ResourceQueries.USED, MatchingAccess.RESOURCES.sqlOrAll());

	private final DeficitQueries deficit;

	private final CategoryRepository categories;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	MatchingYear(DeficitQueries deficit, CategoryRepository categories, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.deficit = deficit;
		this.categories = categories;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A year's matching figures.
	 *
	 * @param twoWay the year's two-way service
	 * @param previousTwoWay the year before's
	 * @param gaps every category with community needs raised in the year, largest gap
	 * first
	 * @param totals the year's deficit over all categories
	 * @param previousTotals the year before's
	 * @param suggestions one per largest gap (at most {@link #TOP_GAPS}, only gaps with
	 * unmet needs), in the order of {@code gaps}
	 */
	public record Figures(TwoWay twoWay, TwoWay previousTwoWay, List<Gap> gaps, Totals totals, Totals previousTotals,
			List<Suggestion> suggestions) {

	}

	/**
	 * Two-way service (双向服务) in a year.
	 *
	 * @param unitNeedsMet units' needs closed as met (the community serves units)
	 * @param ordersDelivered orders of community needs delivered by units (units serve
	 * the community)
	 */
	public record TwoWay(long unitNeedsMet, long ordersDelivered) {
	}

	/**
	 * One category's deficit in a year, in needs.
	 *
	 * @param categoryId the category
	 * @param category its name
	 * @param needs community needs raised
	 * @param delivered the part of them delivered (a need met counts whole)
	 * @param unmet needs − delivered
	 * @param unmetPercent the unmet share, 0 to 100 with one decimal
	 */
	public record Gap(Long categoryId, String category, long needs, BigDecimal delivered, BigDecimal unmet,
			BigDecimal unmetPercent) {
	}

	/**
	 * The deficit over all categories.
	 *
	 * @param needs community needs raised
	 * @param delivered the part delivered
	 * @param unmetPercent the unmet share, 0 to 100 with one decimal
	 */
	public record Totals(long needs, BigDecimal delivered, BigDecimal unmetPercent) {
	}

	/**
	 * What could close one gap.
	 *
	 * @param gap the gap
	 * @param unusedUnits units whose published resources of the category went unused in
	 * the year, by name (at most {@link #NAMED_UNITS})
	 * @param unusedUnitCount how many such units there are
	 * @param spareCategories categories in which units without a resource of the gap's
	 * category have spare capacity, most such units first (at most
	 * {@link #NAMED_CATEGORIES})
	 */
	public record Suggestion(Gap gap, List<String> unusedUnits, int unusedUnitCount, List<String> spareCategories) {
	}

	/**
	 * The figures of a year in a scope.
	 * @param year the year
	 * @param scope whose figures
	 * @return the figures
	 */
	@Transactional(readOnly = true)
	public Figures of(int year, DataScope scope) {
		LocalDate from = LocalDate.of(year, 1, 1);
		MapSqlParameterSource p = SqlWhere.scopeParams(new MapSqlParameterSource(), scope)
			.addValue("pfrom", from.minusYears(1))
			.addValue("from", from)
			.addValue("to", from.plusYears(1));
		long[] two = new long[4];
		this.jdbc.query(TWO_WAY, p, (rs) -> {
			for (int i = 0; i < 4; i++) {
				two[i] = rs.getLong(i + 1);
			}
		});
		List<Category> all = this.categories.findAllByOrderBySortOrderAscIdAsc();
		List<Gap> gaps = gaps(this.deficit.cells(new DeficitPeriod(year, null), scope, this.clock.getZone()), all);
		List<Gap> previous = gaps(this.deficit.cells(new DeficitPeriod(year - 1, null), scope, this.clock.getZone()),
				all);
		return new Figures(new TwoWay(two[0], two[2]), new TwoWay(two[1], two[3]), gaps, totals(gaps), totals(previous),
				suggestions(largest(gaps), p));
	}

	/** The largest gaps: those with unmet needs, at most {@link #TOP_GAPS}. */
	private static List<Gap> largest(List<Gap> gaps) {
		return gaps.stream().filter((g) -> g.unmet().signum() > 0).limit(TOP_GAPS).toList();
	}

	private List<Suggestion> suggestions(List<Gap> largest, MapSqlParameterSource p) {
		Long[] gapIds = largest.stream().map(Gap::categoryId).toArray(Long[]::new);
		p.addValue("gaps", gapIds).addValue("yearStart", p.getValue("from")).addValue("yearEnd", p.getValue("to"));
		Map<Long, List<String>> unused = new LinkedHashMap<>();
		Map<Long, List<String>> spare = new LinkedHashMap<>();
		this.jdbc.query(SUGGESTIONS, p, (rs) -> {
			Map<Long, List<String>> target = "UNUSED".equals(rs.getString("kind")) ? unused : spare;
			target.computeIfAbsent(rs.getLong("gap"), (k) -> new ArrayList<>()).add(rs.getString("name"));
		});
		List<Suggestion> suggestions = new ArrayList<>();
		for (int i = 0; i < largest.size(); i++) {
			List<String> units = unused.getOrDefault(gapIds[i], List.of());
			List<String> categories = spare.getOrDefault(gapIds[i], List.of());
			suggestions.add(new Suggestion(largest.get(i),
					List.copyOf(units.subList(0, Math.min(NAMED_UNITS, units.size()))), units.size(),
					List.copyOf(categories.subList(0, Math.min(NAMED_CATEGORIES, categories.size())))));
		}
		return suggestions;
	}

	/**
	 * Cells summed per category: largest unmet first, then share, then the menu order.
	 */
	private static List<Gap> gaps(List<DeficitQueries.Cell> cells, List<Category> all) {
		Map<Long, Integer> order = new LinkedHashMap<>();
		Map<Long, String> names = new LinkedHashMap<>();
		for (int i = 0; i < all.size(); i++) {
			Long id = Objects.requireNonNull(all.get(i).getId());
			order.put(id, i);
			names.put(id, all.get(i).getName());
		}
		Map<Long, long[]> needs = new LinkedHashMap<>();
		Map<Long, BigDecimal> delivered = new LinkedHashMap<>();
		for (DeficitQueries.Cell c : cells) {
			needs.computeIfAbsent(c.categoryId(), (k) -> new long[1])[0] += c.needs();
			delivered.merge(c.categoryId(), c.delivered(), BigDecimal::add);
		}
		return needs.keySet()
			.stream()
			.sorted(Comparator.comparing((Long id) -> unmet(needs.get(id)[0], delivered.get(id)))
				.reversed()
				.thenComparing((Long id) -> percent(unmet(needs.get(id)[0], delivered.get(id)), needs.get(id)[0]),
						Comparator.reverseOrder())
				.thenComparing((Long id) -> order.getOrDefault(id, Integer.MAX_VALUE))
				.thenComparing(Comparator.naturalOrder()))
			.map((id) -> {
				long n = needs.get(id)[0];
				BigDecimal d = delivered.get(id).setScale(2, RoundingMode.HALF_UP);
				BigDecimal unmet = unmet(n, d);
				return new Gap(id, Objects.requireNonNullElse(names.get(id), "#" + id), n, d, unmet, percent(unmet, n));
			})
			.toList();
	}

	private static Totals totals(List<Gap> gaps) {
		long needs = gaps.stream().mapToLong(Gap::needs).sum();
		BigDecimal delivered = gaps.stream().map(Gap::delivered).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Totals(needs, delivered, percent(unmet(needs, delivered), needs));
	}

	private static BigDecimal unmet(long needs, BigDecimal delivered) {
		return BigDecimal.valueOf(needs)
			.subtract(delivered.setScale(2, RoundingMode.HALF_UP))
			.max(BigDecimal.ZERO)
			.setScale(2, RoundingMode.HALF_UP);
	}

	private static BigDecimal percent(BigDecimal part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(1);
		}
		return part.multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
	}

}
