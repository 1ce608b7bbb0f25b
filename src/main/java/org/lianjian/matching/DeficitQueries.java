package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.SqlWhere;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The deficit (供需赤字) in one statement: the community's needs (direction TO_COMMUNITY)
 * raised in a period, by category and residential area, with how much of them was
 * delivered. A need's delivered part is the quantity of its delivered (or rated) orders
 * in the need's own measure, up to the need's quantity; a need closed as met counts
 * whole. Without a measure each need counts as one (figures in needs); with a measure
 * only the needs in that measure count, by their quantity. The deficit page asks for a
 * list of residential areas, the annual report ({@link MatchingYear}) for a reader's
 * scope; both read this one statement.
 */
@Component
class DeficitQueries {

	/**
	 * One cell with needs.
	 *
	 * @param categoryId the category
	 * @param areaId the residential area
	 * @param needs how many needs
	 * @param needed the quantity needed
	 * @param delivered the part of it delivered
	 */
	record Cell(Long categoryId, Long areaId, long needs, BigDecimal needed, BigDecimal delivered) {

	}

	private final NamedParameterJdbcTemplate jdbc;

	DeficitQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The cells of a period in the given residential areas (the deficit page).
	 * @param period the period
	 * @param areaIds the areas
	 * @param measure the measure, or null to count needs
	 * @param zone the portal's zone
	 * @return the cells with needs
	 */
	List<Cell> cells(DeficitPeriod period, List<Long> areaIds, @Nullable Measure measure, ZoneId zone) {
		if (areaIds.isEmpty()) {
			return List.of();
		}
		return cells(period, "n.area_id in (:areas)", new MapSqlParameterSource("areas", areaIds), measure, zone);
	}

	/**
	 * The cells of a period in a reader's scope, in needs (the annual report): the needs
	 * {@link MatchingAccess#NEEDS} lets the scope see.
	 * @param period the period
	 * @param scope the reader's scope
	 * @param zone the portal's zone
	 * @return the cells with needs
	 */
	List<Cell> cells(DeficitPeriod period, DataScope scope, ZoneId zone) {
		return cells(period, MatchingAccess.NEEDS.sqlOrAll(), SqlWhere.scopeParams(new MapSqlParameterSource(), scope),
				null, zone);
	}

	private List<Cell> cells(DeficitPeriod period, String where, MapSqlParameterSource p, @Nullable Measure measure,
			ZoneId zone) {
		period.params(p, zone);
		String weight = "1";
		String byMeasure = "";
		if (measure != null) {
			weight = "n.quantity";
			byMeasure = " and n.measure = :measure";
			p.addValue("measure", measure.name());
		}
		// the delivered part is looked up per need of the period (need_id index), and
		// only
		// for needs not met: summing every delivered order first cost 4-5 times as much
		// at
		// dataset L (docs/performance.md, "Matching at dataset L")
		return this.jdbc.query("""
				select n.category_id, n.area_id, count(*) as needs, sum(%1$s) as needed,
				       sum(%1$s * case when n.status = 'MET' then 1
				                       else least(1, coalesce((select sum(o.quantity) from service_order o
				                                                 join service_resource r on r.id = o.resource_id
				                                                where o.need_id = n.id
				                                                  and o.status in ('DELIVERED', 'RATED')
				                                                  and r.measure = n.measure), 0) / n.quantity) end)
				         as delivered
				  from need n
				 where n.direction = 'TO_COMMUNITY' and %3$s
				   and %4$s%2$s
				 group by n.category_id, n.area_id
				""".formatted(weight, byMeasure, where, DeficitPeriod.RAISED_IN), p,
				(rs, i) -> new Cell(rs.getLong("category_id"), rs.getLong("area_id"), rs.getLong("needs"),
						rs.getBigDecimal("needed"), rs.getBigDecimal("delivered")));
	}

}
