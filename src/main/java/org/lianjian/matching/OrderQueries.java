package org.lianjian.matching;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.SqlWhere;
import org.lianjian.shared.web.PageView;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The order list in SQL, in the user's scope ({@link MatchingAccess#ORDERS}), with the
 * due and red dates of each order's open stage ({@link #DUE}, {@link #RED}), from which
 * the list colours it amber or red.
 */
@Component
class OrderQueries {

	/** The due date of the stage an order's status leaves open, null when none is. */
	static final String DUE = "(case when o.status in ('ORDERED', 'DECLINED') then o.dispatch_due"
			+ " when o.status = 'DISPATCHED' then o.reply_due when o.status = 'ACCEPTED' then o.delivery_due end)";

	/**
	 * The statuses with an open stage, those {@link #DUE} has a date for: with it, the
	 * late orders are read through the index of V215.
	 */
	static final String OPEN = "o.status in ('ORDERED', 'DECLINED', 'DISPATCHED', 'ACCEPTED')";

	/** The day after which that stage is red. */
	static final String RED = "(case when o.status in ('ORDERED', 'DECLINED') then o.dispatch_red"
			+ " when o.status = 'DISPATCHED' then o.reply_red when o.status = 'ACCEPTED' then o.delivery_red end)";

	/**
	 * The stage an order's status leaves open ({@link OrderStage}), null when none is.
	 */
	static final String STAGE = "(case when o.status in ('ORDERED', 'DECLINED') then 'DISPATCH'"
			+ " when o.status = 'DISPATCHED' then 'REPLY' when o.status = 'ACCEPTED' then 'DELIVERY' end)";

	/** The lateness of a late order's open stage: red past its red date, else amber. */
	static final String LATENESS = "(case when " + RED + " < :today then 'RED' else 'AMBER' end)";

	private final NamedParameterJdbcTemplate jdbc;

	OrderQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	PageView<MatchingViews.OrderRow> page(DataScope scope, MatchingFilters.OrderFilter f, LocalDate today) {
		MapSqlParameterSource p = new MapSqlParameterSource("today", today);
		SqlWhere w = where(scope, f, p);
		Long total = this.jdbc.queryForObject(
				"select count(*) from service_order o join need n on n.id = o.need_id" + w.sql(), p, Long.class);
		p.addValue("limit", MatchingFilters.PAGE_SIZE)
			.addValue("offset", (long) f.pageNumber() * MatchingFilters.PAGE_SIZE);
		List<MatchingViews.OrderRow> rows = select(
				w.sql() + " order by " + DUE + " nulls last, o.id desc limit :limit offset :offset", p, today);
		long count = (total != null) ? total : 0;
		return new PageView<>(rows, f.pageNumber(), MatchingFilters.PAGE_SIZE, count,
				(int) ((count + MatchingFilters.PAGE_SIZE - 1) / MatchingFilters.PAGE_SIZE));
	}

	/**
	 * The list's conditions, one definition for the page, its count and the late counts
	 * ({@link #lateCounts}); {@code :today} is set by the caller.
	 */
	static SqlWhere where(DataScope scope, MatchingFilters.OrderFilter f, MapSqlParameterSource p) {
		boolean late = Boolean.TRUE.equals(f.late()) || f.lateness() != null;
		return SqlWhere.of(p)
			.scope(MatchingAccess.ORDERS, scope)
			.when("o.status = :status", "status", f.status())
			.when(late, OPEN + " and " + DUE + " < :today")
			.when(STAGE + " = :stage", "stage", (f.stage() != null) ? f.stage().name() : null)
			.when(LATENESS + " = :lateness", "lateness", (f.lateness() != null) ? f.lateness().name() : null);
	}

	/**
	 * The late orders in scope by stage and lateness, in one statement: what the list
	 * shows with {@code late}, {@code stage} and {@code lateness} set.
	 * @param scope the user's scope
	 * @param today today
	 * @param sink takes stage, lateness and count of each combination with late orders
	 */
	void lateCounts(DataScope scope, LocalDate today, LateSink sink) {
		MapSqlParameterSource p = new MapSqlParameterSource("today", today);
		SqlWhere w = where(scope, new MatchingFilters.OrderFilter(null, true, null, null, null), p);
		this.jdbc.query(
				"select " + STAGE + " as stage, " + LATENESS + " as lateness, count(*) as n"
						+ " from service_order o join need n on n.id = o.need_id" + w.sql() + " group by 1, 2",
				p, (rs) -> {
					sink.accept(OrderStage.valueOf(rs.getString("stage")), Lateness.valueOf(rs.getString("lateness")),
							rs.getLong("n"));
				});
	}

	/** Takes one combination of {@link #lateCounts}. */
	@FunctionalInterface
	interface LateSink {

		void accept(OrderStage stage, Lateness lateness, long count);

	}

	/**
	 * A need's orders (the need page), all of them: the need is in scope already.
	 * @param needId the need
	 * @param today today
	 * @return the orders, newest first
	 */
	List<MatchingViews.OrderRow> ofNeed(Long needId, LocalDate today) {
		return select(" where o.need_id = :need order by o.id desc", new MapSqlParameterSource("need", needId), today);
	}

	private List<MatchingViews.OrderRow> select(String whereAndOrder, MapSqlParameterSource p, LocalDate today) {
		return this.jdbc.query("select o.id, o.need_id, n.title as need_title, r.title as resource, u.name as provider,"
				+ " coalesce(a.name, '#' || n.area_id) as area, o.status, o.ordered_on, o.wanted_date, o.quantity,"
				+ " r.measure, o.rating, " + DUE + " as due, " + RED + " as red"
				+ " from service_order o join need n on n.id = o.need_id"
				+ " join service_resource r on r.id = o.resource_id"
				+ " left join unit_directory u on u.id = coalesce(o.provider_unit_id, r.provider_unit_id)"
				+ " left join organisation_directory a on a.id = n.area_id" + whereAndOrder, p, (rs, i) -> {
					LocalDate due = rs.getObject("due", LocalDate.class);
					@Nullable Deadline deadline = Deadline.of(due, rs.getObject("red", LocalDate.class));
					return new MatchingViews.OrderRow(rs.getLong("id"), rs.getLong("need_id"),
							rs.getString("need_title"), rs.getString("resource"), rs.getString("provider"),
							rs.getString("area"), OrderStatus.valueOf(rs.getString("status")),
							rs.getObject("ordered_on", LocalDate.class), rs.getObject("wanted_date", LocalDate.class),
							rs.getBigDecimal("quantity"), Measure.valueOf(rs.getString("measure")), due,
							(deadline != null) ? deadline.on(today) : Lateness.ON_TIME,
							rs.getObject("rating", Integer.class));
				});
	}

}
