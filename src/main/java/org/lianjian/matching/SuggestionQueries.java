package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.SqlWhere;
import org.lianjian.unit.AdminRank;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The two statements behind the suggestions for a need: the need itself (in scope, with
 * its area's parent and the rank of the unit that raised it), and every published
 * resource with what the score reads (capacity used this year by
 * {@link ResourceQueries#USED_BY_RESOURCE}, the provider's rank and average rating).
 * Their number does not grow with the number of resources.
 */
@Component
class SuggestionQueries {

	private final NamedParameterJdbcTemplate jdbc;

	SuggestionQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The need as the suggestion page shows it.
	 *
	 * @param id the need
	 * @param title its title
	 * @param category its category's name
	 * @param area its area's name
	 * @param status its status
	 * @param wantedBy its wanted-by date
	 * @param target what the score reads
	 */
	record NeedFacts(Long id, String title, String category, String area, NeedStatus status,
			@Nullable LocalDate wantedBy, SuggestionScore.Target target) {

	}

	/**
	 * A published resource as a candidate.
	 *
	 * @param id the resource
	 * @param title its title
	 * @param category its category's name
	 * @param providerUnitId its unit, null for the community's own
	 * @param provider the unit's name
	 * @param area where it is offered (name)
	 * @param offer what the score reads (without the colour, which the agreement module
	 * gives)
	 */
	record Candidate(Long id, String title, String category, @Nullable Long providerUnitId, @Nullable String provider,
			@Nullable String area, SuggestionScore.Offer offer) {

	}

	Optional<NeedFacts> need(Long id, DataScope scope) {
		MapSqlParameterSource p = new MapSqlParameterSource("id", id);
		SqlWhere w = SqlWhere.of(p).and("n.id = :id").scope(MatchingAccess.NEEDS, scope);
		return this.jdbc.query("""
				select n.id, n.title, n.category_id, c.name as category, n.area_id,
				       coalesce(a.name, '#' || n.area_id) as area, a.parent_id, n.quantity, n.measure, n.status,
				       n.wanted_by, n.direction, ru.admin_rank
				  from need n
				  join matching_category c on c.id = n.category_id
				  left join organisation_directory a on a.id = n.area_id
				  left join unit_directory ru on ru.id = n.raised_by_unit_id
				""" + w.sql(), p, (rs, i) -> {
			String rank = rs.getString("admin_rank");
			AdminRank counterpart = (Direction.valueOf(rs.getString("direction")) == Direction.TO_UNIT && rank != null)
					? AdminRank.valueOf(rank) : AdminRank.SUB_DISTRICT;
			SuggestionScore.Target target = new SuggestionScore.Target(rs.getLong("category_id"), rs.getLong("area_id"),
					rs.getObject("parent_id", Long.class), rs.getBigDecimal("quantity"),
					Measure.valueOf(rs.getString("measure")), counterpart);
			return new NeedFacts(rs.getLong("id"), rs.getString("title"), rs.getString("category"),
					rs.getString("area"), NeedStatus.valueOf(rs.getString("status")),
					rs.getObject("wanted_by", LocalDate.class), target);
		}).stream().findFirst();
	}

	List<Candidate> candidates(LocalDate today) {
		LocalDate yearStart = today.withDayOfYear(1);
		MapSqlParameterSource p = new MapSqlParameterSource("yearStart", yearStart).addValue("yearEnd",
				yearStart.plusYears(1));
		return this.jdbc.query("""
				select r.id, r.title, r.category_id, c.name as category, r.provider_unit_id, u.name as provider,
				       u.admin_rank, coalesce(r.area_id, u.residential_area_id) as area_id, a.name as area,
				       a.parent_id, r.capacity_per_year, r.measure, rt.average, coalesce(ru.used, 0) as used
				  from service_resource r
				  join matching_category c on c.id = r.category_id
				  left join unit_directory u on u.id = r.provider_unit_id
				  left join organisation_directory a on a.id = coalesce(r.area_id, u.residential_area_id)
				  left join (select provider_unit_id, avg(rating) as average from service_order
				              where rating is not null group by provider_unit_id) rt
				         on rt.provider_unit_id = r.provider_unit_id
				  left join """ + ResourceQueries.USED_BY_RESOURCE + """
				        ru on ru.resource_id = r.id
				 where r.published and c.active
				""", p, (rs, i) -> {
			Long unit = rs.getObject("provider_unit_id", Long.class);
			String rank = rs.getString("admin_rank");
			AdminRank providerRank = (unit == null || rank == null) ? AdminRank.SUB_DISTRICT : AdminRank.valueOf(rank);
			BigDecimal used = rs.getBigDecimal("used");
			SuggestionScore.Offer offer = new SuggestionScore.Offer(rs.getLong("category_id"),
					rs.getObject("area_id", Long.class), rs.getObject("parent_id", Long.class),
					rs.getBigDecimal("capacity_per_year"), (used != null) ? used : BigDecimal.ZERO,
					Measure.valueOf(rs.getString("measure")), rs.getBigDecimal("average"), null, providerRank);
			return new Candidate(rs.getLong("id"), rs.getString("title"), rs.getString("category"), unit,
					rs.getString("provider"), rs.getString("area"), offer);
		});
	}

}
