package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.SqlWhere;
import org.lianjian.shared.web.PageView;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The resource list and the service menu in SQL, each one statement for its rows (plus
 * the list's count), whatever the number of resources. The capacity used is the one
 * definition {@link #USED}: the quantity of the resource's orders of the year that count
 * ({@link OrderStatus#COUNTING}).
 */
@Component
class ResourceQueries {

	/**
	 * Orders {@code o} that count against capacity in the year from {@code :yearStart}.
	 */
	private static final String COUNTING_IN_YEAR = "o.status in ('ORDERED', 'DISPATCHED', 'ACCEPTED', 'DELIVERED', 'RATED')"
			+ " and o.ordered_on >= :yearStart and o.ordered_on < :yearEnd";

	/** The capacity of resource {@code r} used in the year from {@code :yearStart}. */
	static final String USED = "coalesce((select sum(o.quantity) from service_order o where o.resource_id = r.id and "
			+ COUNTING_IN_YEAR + "), 0)";

	/**
	 * {@link #USED} of every resource at once ({@code resource_id}, {@code used}; none
	 * for a resource without orders that count), to join where all resources are read:
	 * one scan of the year's orders instead of one look-up per resource.
	 */
	static final String USED_BY_RESOURCE = "(select o.resource_id, sum(o.quantity) as used from service_order o where "
			+ COUNTING_IN_YEAR + " group by o.resource_id)";

	private final NamedParameterJdbcTemplate jdbc;

	ResourceQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	PageView<MatchingViews.ResourceRow> page(DataScope scope, MatchingFilters.ResourceFilter f, LocalDate today) {
		MapSqlParameterSource p = year(new MapSqlParameterSource(), today);
		SqlWhere w = SqlWhere.of(p)
			.scope(MatchingAccess.RESOURCES, scope)
			.when("r.category_id = :category", "category", f.category())
			.like(f.q(), "q", "lower(r.title)");
		Long total = this.jdbc.queryForObject("select count(*) from service_resource r" + w.sql(), p, Long.class);
		p.addValue("limit", MatchingFilters.PAGE_SIZE)
			.addValue("offset", (long) f.pageNumber() * MatchingFilters.PAGE_SIZE);
		List<MatchingViews.ResourceRow> rows = this.jdbc
			.query("select r.id, r.title, c.name as category, u.name as provider,"
					+ " a.name as area, r.capacity_per_year, r.measure, r.published, r.provider_unit_id, " + USED
					+ " as used" + " from service_resource r join matching_category c on c.id = r.category_id"
					+ " left join unit_directory u on u.id = r.provider_unit_id"
					+ " left join organisation_directory a on a.id = r.area_id" + w.sql()
					+ " order by c.sort_order, r.title, r.id limit :limit offset :offset", p, (rs, i) -> {
						Long provider = rs.getObject("provider_unit_id", Long.class);
						boolean editable = scope.isStaff()
								|| (scope.isLiaison() && provider != null && provider.equals(scope.unitId()));
						return new MatchingViews.ResourceRow(rs.getLong("id"), rs.getString("title"),
								rs.getString("category"), rs.getString("provider"), rs.getString("area"),
								rs.getBigDecimal("capacity_per_year"), rs.getBigDecimal("used"),
								Measure.valueOf(rs.getString("measure")), rs.getBoolean("published"), editable);
					});
		long count = (total != null) ? total : 0;
		return new PageView<>(rows, f.pageNumber(), MatchingFilters.PAGE_SIZE, count,
				(int) ((count + MatchingFilters.PAGE_SIZE - 1) / MatchingFilters.PAGE_SIZE));
	}

	/**
	 * The published resources as menu items, with what is left this year and the
	 * provider's average rating, by category.
	 * @param f the filters (an area shows its items and those tied to no area)
	 * @param today today
	 * @return the items
	 */
	List<MatchingViews.MenuItem> menu(MatchingFilters.MenuFilter f, LocalDate today) {
		MapSqlParameterSource p = year(new MapSqlParameterSource(), today);
		SqlWhere w = SqlWhere.of(p)
			.and("r.published")
			.when("r.category_id = :category", "category", f.category())
			.when("(r.area_id = :area or r.area_id is null)", "area", f.area());
		return this.jdbc.query("""
				select r.id, r.title, r.description, r.category_id, c.name as category, r.provider_unit_id,
				       u.name as provider, a.name as area, r.location, r.conditions, r.capacity_per_year, r.measure,
				       rt.average, coalesce(rt.ratings, 0) as ratings, """ + USED + """
				        as used
				  from service_resource r
				  join matching_category c on c.id = r.category_id
				  left join unit_directory u on u.id = r.provider_unit_id
				  left join organisation_directory a on a.id = r.area_id
				  left join (select provider_unit_id, avg(rating) as average, count(*) as ratings from service_order
				              where rating is not null group by provider_unit_id) rt
				         on rt.provider_unit_id = r.provider_unit_id
				""" + w.sql() + " order by c.sort_order, r.title, r.id limit 1000", p, (rs, i) -> {
			BigDecimal average = rs.getBigDecimal("average");
			return new MatchingViews.MenuItem(rs.getLong("id"), rs.getString("title"), rs.getString("description"),
					rs.getLong("category_id"), rs.getString("category"), rs.getObject("provider_unit_id", Long.class),
					rs.getString("provider"), rs.getString("area"), rs.getString("location"),
					rs.getString("conditions"), rs.getBigDecimal("capacity_per_year"), rs.getBigDecimal("used"),
					Measure.valueOf(rs.getString("measure")),
					(average != null) ? average.setScale(1, java.math.RoundingMode.HALF_UP) : null,
					rs.getLong("ratings"));
		});
	}

	/**
	 * The capacity of one resource used this year.
	 * @param resourceId the resource
	 * @param today today
	 * @return the quantity ordered that counts
	 */
	BigDecimal used(Long resourceId, LocalDate today) {
		MapSqlParameterSource p = year(new MapSqlParameterSource("id", resourceId), today);
		BigDecimal used = this.jdbc.queryForObject("select " + USED + " from service_resource r where r.id = :id", p,
				BigDecimal.class);
		return (used != null) ? used : BigDecimal.ZERO;
	}

	private static MapSqlParameterSource year(MapSqlParameterSource p, LocalDate today) {
		LocalDate start = today.withDayOfYear(1);
		return p.addValue("yearStart", start).addValue("yearEnd", start.plusYears(1));
	}

}
