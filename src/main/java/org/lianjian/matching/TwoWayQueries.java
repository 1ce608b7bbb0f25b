package org.lianjian.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.SqlWhere;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The matching half of a unit's two-way service tab ({@link TwoWay}), one statement each:
 * the orders it delivered in a year, its own needs met in a year, and the ratings it
 * received. Each row says whether the reader may open it (the scope clauses of
 * {@link MatchingAccess}); the figures are the unit's whoever reads them, as the unit
 * page is.
 */
@Component
class TwoWayQueries {

	/**
	 * Units serve the community: orders of community needs delivered by a unit (delivered
	 * or rated). The one definition, for the tab and the annual report
	 * ({@link MatchingYear}).
	 */
	static final String UNITS_SERVE_COMMUNITY = "n.direction = 'TO_COMMUNITY' and o.provider_unit_id is not null"
			+ " and o.status in ('DELIVERED', 'RATED')";

	/**
	 * The community serves units: needs a unit raised for itself, met. The one
	 * definition, for the tab and the annual report ({@link MatchingYear}).
	 */
	static final String COMMUNITY_SERVES_UNITS = "n.direction = 'TO_UNIT' and n.status = 'MET'";

	/**
	 * Orders a unit delivered in a period, by the day of the delivering activity.
	 */
	static final String DELIVERED = UNITS_SERVE_COMMUNITY
			+ " and o.provider_unit_id = :unit and o.delivered_on >= :from and o.delivered_on < :to";

	/**
	 * A unit's own needs met in a period, by the day they were met.
	 */
	static final String MET = COMMUNITY_SERVES_UNITS
			+ " and n.raised_by_unit_id = :unit and n.closed_on >= :from and n.closed_on < :to";

	/** A provider's ratings, every year (the menu's average reads the same rows). */
	static final String RATED = "o.provider_unit_id = :unit and o.rating is not null";

	private final NamedParameterJdbcTemplate jdbc;

	TwoWayQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	TwoWay.Delivered delivered(DataScope scope, Long unitId, int year) {
		MapSqlParameterSource p = params(scope, unitId, year).addValue("limit", TwoWay.ORDER_ROWS);
		List<TwoWay.DeliveredRow> rows = new ArrayList<>();
		Object[] totals = { 0L, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO };
		this.jdbc.query("""
				select o.id, r.title as item, c.name as category, o.delivered_on, o.quantity, r.measure, o.hours,
				       o.rating, """ + " " + MatchingAccess.ORDERS.sqlOrAll() + " " + """
				       as visible,
				      count(*) over () as total,
				      coalesce(sum(o.hours) over (), 0) as total_hours,
				      coalesce(sum(o.quantity) filter (where r.measure = 'MONEY') over (), 0) as total_money,
				      coalesce(sum(o.quantity) filter (where r.measure = 'DAYS') over (), 0) as total_days
				 from service_order o
				 join need n on n.id = o.need_id
				 join service_resource r on r.id = o.resource_id
				 join matching_category c on c.id = r.category_id
				where""" + " " + DELIVERED + " " + """
				order by o.delivered_on desc, o.id desc
				limit :limit""", p, (rs) -> {
			totals[0] = rs.getLong("total");
			totals[1] = rs.getBigDecimal("total_hours");
			totals[2] = rs.getBigDecimal("total_money");
			totals[3] = rs.getBigDecimal("total_days");
			rows.add(new TwoWay.DeliveredRow(rs.getLong("id"), rs.getString("item"), rs.getString("category"),
					rs.getObject("delivered_on", LocalDate.class), rs.getBigDecimal("quantity"),
					Measure.valueOf(rs.getString("measure")), rs.getBigDecimal("hours"),
					rs.getObject("rating", Integer.class), rs.getBoolean("visible")));
		});
		return new TwoWay.Delivered((long) totals[0], (BigDecimal) totals[1], (BigDecimal) totals[2],
				(BigDecimal) totals[3], List.copyOf(rows));
	}

	TwoWay.Met met(DataScope scope, Long unitId, int year) {
		MapSqlParameterSource p = params(scope, unitId, year).addValue("limit", TwoWay.NEED_ROWS);
		List<TwoWay.MetRow> rows = new ArrayList<>();
		long[] total = { 0 };
		this.jdbc.query("""
				select n.id, n.title, c.name as category, n.quantity, n.measure, n.closed_on,
				       """ + " " + MatchingAccess.NEEDS.sqlOrAll() + " " + """
				       as visible, count(*) over () as total
				 from need n
				 join matching_category c on c.id = n.category_id
				where""" + " " + MET + " " + """
				order by n.closed_on desc, n.id desc
				limit :limit""", p, (rs) -> {
			total[0] = rs.getLong("total");
			rows.add(new TwoWay.MetRow(rs.getLong("id"), rs.getString("title"), rs.getString("category"),
					rs.getBigDecimal("quantity"), Measure.valueOf(rs.getString("measure")),
					rs.getObject("closed_on", LocalDate.class), rs.getBoolean("visible")));
		});
		return new TwoWay.Met(total[0], List.copyOf(rows));
	}

	TwoWay.Ratings ratings(DataScope scope, Long unitId) {
		MapSqlParameterSource p = SqlWhere.scopeParams(new MapSqlParameterSource("unit", unitId), scope)
			.addValue("limit", TwoWay.RATING_ROWS);
		List<TwoWay.RatingRow> rows = new ArrayList<>();
		Object[] totals = { 0L, null };
		this.jdbc.query("""
				select o.id, o.rating, o.rating_comment, o.rated_on, coalesce(a.name, '#' || n.area_id) as rater,
				       """ + " " + MatchingAccess.ORDERS.sqlOrAll() + " " + """
				       as visible, count(*) over () as total, avg(o.rating) over () as average
				 from service_order o
				 join need n on n.id = o.need_id
				 left join organisation_directory a on a.id = n.area_id
				where""" + " " + RATED + " " + """
				order by o.rated_on desc nulls last, o.id desc
				limit :limit""", p, (rs) -> {
			totals[0] = rs.getLong("total");
			totals[1] = rs.getBigDecimal("average");
			rows.add(new TwoWay.RatingRow(rs.getLong("id"), rs.getInt("rating"), rs.getString("rating_comment"),
					rs.getObject("rated_on", LocalDate.class), rs.getString("rater"), rs.getBoolean("visible")));
		});
		BigDecimal average = (BigDecimal) totals[1];
		return new TwoWay.Ratings((long) totals[0],
				(average != null) ? average.setScale(1, RoundingMode.HALF_UP) : null, List.copyOf(rows));
	}

	private static MapSqlParameterSource params(DataScope scope, Long unitId, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		return SqlWhere.scopeParams(new MapSqlParameterSource("unit", unitId), scope)
			.addValue("from", from)
			.addValue("to", from.plusYears(1));
	}

}
