package org.lianjian.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A unit's year in one statement ({@link UnitContribution}): its hours and volunteers on
 * held activities, the held activities it was a partner of, and the days its positions
 * were booked, up to today.
 */
@Component
class UnitContributionQueries {

	/**
	 * The hours, the activities and the booked days. A held activity counts in the year
	 * it started; a booking counts each day of the portal's zone it covers in the year.
	 */
	private static final String SQL = """
			with h as (
			  select coalesce(sum(h.hours), 0) as hours, coalesce(sum(h.volunteers), 0) as volunteers
			    from activity_unit_hours h join activity a on a.id = h.activity_id
			   where h.unit_id = :unit and a.status = 'HELD' and a.start_at >= :from and a.start_at < :to),
			s as (
			  select count(*) as sessions from activity a
			   where a.status = 'HELD' and a.start_at >= :from and a.start_at < :to
			     and exists (select 1 from activity_partner p where p.activity_id = a.id and p.unit_id = :unit)),
			v as (
			  select count(distinct d.day) as days
			    from booking b
			    join position pos on pos.id = b.position_id
			    cross join lateral (
			      select g::date as day
			        from generate_series((b.starts_at at time zone :zone)::date,
			                             ((b.ends_at - interval '1 microsecond') at time zone :zone)::date,
			                             interval '1 day') g) d
			   where pos.owner_unit_id = :unit and b.status <> 'CANCELLED'
			     and b.starts_at < :toTz and b.ends_at > :fromTz
			     and d.day >= :fromDay and d.day < :toDay)
			select h.hours, h.volunteers, s.sessions, v.days from h, s, v""";

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	UnitContributionQueries(NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	UnitContribution of(Long unitId, int year) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = from.plusYears(1);
		LocalDate tomorrow = LocalDate.now(this.clock).plusDays(1);
		MapSqlParameterSource p = new MapSqlParameterSource("unit", unitId).addValue("from", from.atStartOfDay())
			.addValue("to", to.atStartOfDay())
			.addValue("fromDay", from)
			.addValue("toDay", tomorrow.isBefore(to) ? tomorrow : to)
			.addValue("fromTz", from.atStartOfDay(this.clock.getZone()).toOffsetDateTime())
			.addValue("toTz", to.atStartOfDay(this.clock.getZone()).toOffsetDateTime())
			.addValue("zone", this.clock.getZone().getId());
		return Objects.requireNonNull(this.jdbc.queryForObject(SQL, p, (rs, i) -> new UnitContribution(year,
				rs.getBigDecimal("hours"), rs.getLong("volunteers"), rs.getLong("sessions"), rs.getLong("days"))));
	}

}
