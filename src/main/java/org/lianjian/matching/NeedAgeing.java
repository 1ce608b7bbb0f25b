package org.lianjian.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.sql.SqlWhere;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Ageing needs: an open need (待对接, 已对接, 服务中) past its wanted-by date, or raised more than
 * {@link #DAYS} days ago. One definition, {@link #AGED} in SQL and {@link #isAged} in
 * Java, used by the needs list (flag and filter), its count by category on the deficit
 * page and on the staff home ({@link AgedNeeds}).
 */
@Component
class NeedAgeing {

	/** How long a need may stay open. */
	static final int DAYS = 60;

	/**
	 * The condition on need {@code n}, with {@code :ageToday} and
	 * {@code :ageRaisedBefore} ({@link #params}).
	 */
	static final String AGED = "(n.status in ('OPEN', 'MATCHED', 'IN_SERVICE') and (n.wanted_by < :ageToday"
			+ " or n.created_at < :ageRaisedBefore))";

	private final NamedParameterJdbcTemplate jdbc;

	private final MatchingAccess access;

	private final Clock clock;

	NeedAgeing(NamedParameterJdbcTemplate jdbc, MatchingAccess access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * Aged needs in one category, for the count and its link.
	 *
	 * @param categoryId the category
	 * @param category its name
	 * @param count how many aged needs
	 */
	record ByCategory(Long categoryId, String category, long count) {

		public String href() {
			return "/matching/needs?aged=true&category=" + this.categoryId;
		}

	}

	static boolean isAged(NeedStatus status, @Nullable LocalDate wantedBy, LocalDate raisedOn, LocalDate today) {
		return status.isOpen()
				&& ((wantedBy != null && wantedBy.isBefore(today)) || raisedOn.plusDays(DAYS).isBefore(today));
	}

	/** Adds the parameters of {@link #AGED} for today. */
	static MapSqlParameterSource params(MapSqlParameterSource p, Clock clock) {
		LocalDate today = LocalDate.now(clock);
		OffsetDateTime before = today.minusDays(DAYS).atStartOfDay(clock.getZone()).toOffsetDateTime();
		return p.addValue("ageToday", today).addValue("ageRaisedBefore", before);
	}

	/**
	 * The aged needs in the user's scope, by category, in one statement.
	 * @return the categories with aged needs, most first
	 */
	List<ByCategory> byCategory() {
		MapSqlParameterSource p = params(new MapSqlParameterSource(), this.clock);
		SqlWhere w = SqlWhere.of(p).scope(MatchingAccess.NEEDS, this.access.scope()).and(AGED);
		return this.jdbc.query(
				"select c.id, c.name, count(*) as n from need n" + " join matching_category c on c.id = n.category_id"
						+ w.sql() + " group by c.id, c.name, c.sort_order order by count(*) desc, c.sort_order, c.id",
				p, (rs, i) -> new ByCategory(rs.getLong("id"), rs.getString("name"), rs.getLong("n")));
	}

}
