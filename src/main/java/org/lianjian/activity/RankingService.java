package org.lianjian.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer-hour figures for dashboards and the units' ranking: hours of held activities,
 * summed per unit, in absolute terms and per 100 staff (the unit's headcount). The
 * ranking shows every unit's place, and figures only of the units in the reader's scope.
 */
@Service
public class RankingService {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final NamedParameterJdbcTemplate jdbc;

	RankingService(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Total volunteer hours of held activities that start within [from, to).
	 * @param from first day
	 * @param to first day after
	 * @return the hours
	 */
	@Transactional(readOnly = true)
	public BigDecimal hoursBetween(LocalDate from, LocalDate to) {
		BigDecimal sum = this.jdbc.queryForObject("""
				select coalesce(sum(h.hours), 0) from activity_unit_hours h join activity a on a.id = h.activity_id
				where a.status = 'HELD' and a.start_at >= :from and a.start_at < :to""",
				Map.of("from", from.atStartOfDay(), "to", to.atStartOfDay()), BigDecimal.class);
		return sum == null ? BigDecimal.ZERO : sum;
	}

	/**
	 * Units ranked by volunteer hours in a year (held activities only), as the current
	 * user may read it: every unit's place and name, and the figures (hours, volunteers,
	 * headcount, hours per 100 staff) only of the units in the user's scope (staff all, a
	 * secretary the units of their area, a liaison their own unit). Figures outside the
	 * scope are null.
	 * @param year the year
	 * @param scope whose view
	 * @return highest first
	 */
	@Transactional(readOnly = true)
	public List<Row> ranking(int year, DataScope scope) {
		return this.jdbc.query("""
				select h.unit_id, u.name, u.headcount, u.residential_area_id, sum(h.hours) as hours,
				       sum(h.volunteers) as volunteers
				from activity_unit_hours h join activity a on a.id = h.activity_id
				join unit_directory u on u.id = h.unit_id
				where a.status = 'HELD' and a.start_at >= :from and a.start_at < :to
				group by h.unit_id, u.name, u.headcount, u.residential_area_id order by hours desc, u.name""", Map
			.of("from", LocalDate.of(year, 1, 1).atStartOfDay(), "to", LocalDate.of(year + 1, 1, 1).atStartOfDay()),
				(rs, n) -> {
					Long unitId = rs.getLong("unit_id");
					if (!scope.coversUnit(unitId, rs.getObject("residential_area_id", Long.class))) {
						return new Row(n + 1, unitId, rs.getString("name"), false, null, null, null, null);
					}
					BigDecimal hours = rs.getBigDecimal("hours");
					int headcount = rs.getInt("headcount");
					BigDecimal per100 = headcount > 0
							? hours.multiply(HUNDRED).divide(BigDecimal.valueOf(headcount), 1, RoundingMode.HALF_UP)
							: null;
					return new Row(n + 1, unitId, rs.getString("name"), true, headcount, hours,
							rs.getLong("volunteers"), per100);
				});
	}

	/**
	 * One unit in the ranking.
	 *
	 * @param rank place by absolute hours
	 * @param unitId the unit
	 * @param unitName its name
	 * @param inScope whether the reader may open the unit and read its figures
	 * @param headcount its staff, or null outside the reader's scope
	 * @param hours volunteer hours, or null outside the reader's scope
	 * @param volunteers volunteers counted, or null outside the reader's scope
	 * @param hoursPer100 hours per 100 staff, or null without a headcount or outside the
	 * reader's scope
	 */
	public record Row(int rank, Long unitId, String unitName, boolean inScope, @Nullable Integer headcount,
			@Nullable BigDecimal hours, @Nullable Long volunteers, @Nullable BigDecimal hoursPer100) {

	}

}
