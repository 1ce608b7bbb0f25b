package org.lianjian.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Volunteer-hour figures for dashboards and the units' ranking: hours of held activities,
 * summed per unit, in absolute terms and per 100 staff (the unit's headcount).
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
	 * Units ranked by volunteer hours in a year (held activities only).
	 * @param year the year
	 * @return highest first
	 */
	@Transactional(readOnly = true)
	public List<Row> ranking(int year) {
		return this.jdbc.query(
				"""
						select h.unit_id, u.name, u.headcount, sum(h.hours) as hours, sum(h.volunteers) as volunteers
						from activity_unit_hours h join activity a on a.id = h.activity_id
						join resident_unit u on u.id = h.unit_id
						where a.status = 'HELD' and a.start_at >= :from and a.start_at < :to
						group by h.unit_id, u.name, u.headcount order by hours desc, u.name""", Map.of("from",
						LocalDate.of(year, 1, 1).atStartOfDay(), "to", LocalDate.of(year + 1, 1, 1).atStartOfDay()),
				(rs, n) -> {
					BigDecimal hours = rs.getBigDecimal("hours");
					int headcount = rs.getInt("headcount");
					BigDecimal per100 = headcount > 0
							? hours.multiply(HUNDRED).divide(BigDecimal.valueOf(headcount), 1, RoundingMode.HALF_UP)
							: null;
					return new Row(n + 1, rs.getLong("unit_id"), rs.getString("name"), headcount, hours,
							rs.getLong("volunteers"), per100);
				});
	}

	/**
	 * One unit in the ranking.
	 *
	 * @param rank place by absolute hours
	 * @param unitId the unit
	 * @param unitName its name
	 * @param headcount its staff
	 * @param hours volunteer hours
	 * @param volunteers volunteers counted
	 * @param hoursPer100 hours per 100 staff, or null without a headcount
	 */
	public record Row(int rank, Long unitId, String unitName, int headcount, BigDecimal hours, long volunteers,
			@Nullable BigDecimal hoursPer100) {

	}

}
