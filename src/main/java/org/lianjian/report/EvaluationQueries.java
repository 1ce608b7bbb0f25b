package org.lianjian.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.agreement.Rag;
import org.lianjian.shared.sql.SqlWhere;
import org.lianjian.unit.UnitScope;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The evaluation's reads in SQL: units and their areas, the evidence figures from the
 * agreement and activity tables, and the results (weighted totals and ranks by window
 * function). Other modules' tables are only read here, never written.
 */
@Repository
class EvaluationQueries {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final NamedParameterJdbcTemplate jdbc;

	EvaluationQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A unit as the evaluation sees it. */
	record UnitInfo(Long id, String name, String category, @Nullable Long areaId, String areaName, boolean active) {
	}

	Optional<UnitInfo> unit(Long unitId) {
		return this.jdbc
			.query("""
					select u.id, u.name, u.category, u.residential_area_id, coalesce(o.short_name, o.name, '') as area_name,
					       u.status
					from unit_directory u left join organisation_directory o on o.id = u.residential_area_id where u.id = :id""",
					Map.of("id", unitId),
					(rs, n) -> new UnitInfo(rs.getLong("id"), rs.getString("name"), rs.getString("category"),
							(Long) rs.getObject("residential_area_id", Long.class), rs.getString("area_name"),
							"ACTIVE".equals(rs.getString("status"))))
			.stream()
			.findFirst();
	}

	/**
	 * The units an area scores in the scope: active units with a residential area, plus
	 * any unit already scored in the round.
	 */
	List<EvaluationViews.UnitRow> units(Long roundId, DataScope scope) {
		MapSqlParameterSource params = SqlWhere.scopeParams(new MapSqlParameterSource(), scope)
			.addValue("round", roundId);
		return this.jdbc.query(
				"""
						with totals as (
						  select s.unit_id, sum(sc.score * c.weight) / nullif(sum(c.weight), 0) as total
						  from evaluation_sheet s
						  join evaluation_score sc on sc.sheet_id = s.id
						  join evaluation_criterion c on c.id = sc.criterion_id
						  where s.round_id = :round group by s.unit_id)
						select u.id, u.name, u.category, coalesce(o.short_name, o.name) as area_name, t.unit_id as scored, t.total
						from unit_directory u
						join organisation_directory o on o.id = u.residential_area_id
						left join totals t on t.unit_id = u.id
						where (u.status = 'ACTIVE' or t.unit_id is not null)
						  and"""
						+ " " + UnitScope.UNITS.sqlOrAll() + """

								order by area_name, u.name, u.id""",
				params,
				(rs, n) -> new EvaluationViews.UnitRow(rs.getLong("id"), rs.getString("name"), rs.getString("category"),
						rs.getString("area_name"), rs.getObject("scored") != null, scale(rs.getBigDecimal("total"))));
	}

	/** Scored and scoreable units per round, for the whole sub-district. */
	Map<Long, long[]> progress() {
		Map<Long, long[]> map = new HashMap<>();
		this.jdbc.query("""
				select r.id,
				  (select count(*) from evaluation_sheet s where s.round_id = r.id) as scored,
				  (select count(*) from unit_directory u where u.residential_area_id is not null
				     and (u.status = 'ACTIVE' or exists (select 1 from evaluation_sheet s
				          where s.round_id = r.id and s.unit_id = u.id))) as total
				from evaluation_round r""", Map.of(), (rs) -> {
			map.put(rs.getLong("id"), new long[] { rs.getLong("scored"), rs.getLong("total") });
		});
		return map;
	}

	/**
	 * Every scored unit of a round with its weighted total (Σ score × weight / Σ weight),
	 * its rank within its category, its rank among units with a party organisation (null
	 * for units without one), and the recognitions confirmed for it.
	 */
	List<Ranked> ranked(Long roundId) {
		return this.jdbc.query("""
				with totals as (
				  select s.unit_id, sum(sc.score * c.weight) / nullif(sum(c.weight), 0) as total
				  from evaluation_sheet s
				  join evaluation_score sc on sc.sheet_id = s.id
				  join evaluation_criterion c on c.id = sc.criterion_id
				  where s.round_id = :round group by s.unit_id),
				ranked as (
				  select t.unit_id, u.name, u.category, u.residential_area_id, t.total,
				    (u.party_org_kind is not null or u.party_org_id is not null) as has_party,
				    rank() over (partition by u.category order by t.total desc) as category_rank,
				    rank() over (partition by (u.party_org_kind is not null or u.party_org_id is not null)
				                 order by t.total desc) as party_rank
				  from totals t join unit_directory u on u.id = t.unit_id)
				select r.*, (select string_agg(e.title, ',' order by e.title) from evaluation_recognition e
				             where e.round_id = :round and e.unit_id = r.unit_id) as recognitions
				from ranked r order by r.category, r.category_rank, r.name, r.unit_id""", Map.of("round", roundId),
				(rs, n) -> {
					String recognitions = rs.getString("recognitions");
					List<RecognitionTitle> titles = recognitions == null ? List.of()
							: Arrays.stream(recognitions.split(",")).map(RecognitionTitle::valueOf).toList();
					boolean party = rs.getBoolean("has_party");
					return new Ranked(
							new EvaluationResults.Result(rs.getLong("unit_id"), rs.getString("name"),
									rs.getString("category"), scale(rs.getBigDecimal("total")),
									rs.getInt("category_rank"), titles),
							(Long) rs.getObject("residential_area_id", Long.class),
							party ? rs.getInt("party_rank") : null);
				});
	}

	/** A result with what scope filtering and suggestions need. */
	record Ranked(EvaluationResults.Result result, @Nullable Long areaId, @Nullable Integer partyRank) {
	}

	/**
	 * The unit's figures for a year.
	 * @param unitId the unit
	 * @param year the year
	 * @param today the day the figures are judged on (red/amber/green of the current
	 * year)
	 * @return the evidence
	 */
	EvaluationViews.UnitEvidence evidence(Long unitId, int year, LocalDate today) {
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 31);
		LocalDate judge = today.isBefore(to) ? today : to;
		MapSqlParameterSource params = new MapSqlParameterSource("unit", unitId).addValue("from", Date.valueOf(from))
			.addValue("to", Date.valueOf(to))
			.addValue("start", from.atStartOfDay())
			.addValue("end", to.plusDays(1).atStartOfDay());
		BigDecimal[] share = { BigDecimal.ZERO };
		int[] count = { 0 };
		Rag[] worst = { null };
		this.jdbc.query("""
				select c.target_quantity, a.term_start, a.term_end, a.status,
				  coalesce((select sum(f.quantity) from fulfilment f where f.commitment_id = c.id
				            and f.happened_on between :from and :to), 0) as delivered
				from commitment c join agreement a on a.id = c.agreement_id
				where c.responsible_unit_id = :unit and a.status in ('ACTIVE', 'EXPIRED', 'TERMINATED')
				  and a.term_start <= :to and a.term_end >= :from""", params, (rs) -> {
			BigDecimal target = rs.getBigDecimal("target_quantity");
			BigDecimal delivered = rs.getBigDecimal("delivered");
			LocalDate termStart = rs.getDate("term_start").toLocalDate();
			LocalDate termEnd = rs.getDate("term_end").toLocalDate();
			BigDecimal goal = (target == null || target.signum() <= 0) ? BigDecimal.ONE : target;
			BigDecimal s = delivered.divide(goal, 6, RoundingMode.HALF_UP).min(BigDecimal.ONE);
			share[0] = share[0].add(s);
			count[0]++;
			if (!termStart.isAfter(judge)) {
				// as the agreement module judges: an agreement no longer active is judged
				// on its
				// last day
				LocalDate day = !"ACTIVE".equals(rs.getString("status")) && judge.isAfter(termEnd) ? termEnd : judge;
				Rag rag = Rag.of(target, delivered, termStart, termEnd, day);
				worst[0] = worst[0] == null ? rag : worst[0].worse(rag);
			}
		});
		BigDecimal percent = count[0] == 0 ? null
				: share[0].multiply(HUNDRED).divide(BigDecimal.valueOf(count[0]), 1, RoundingMode.HALF_UP);
		Long activities = this.jdbc.queryForObject(
				"""
						select count(*) from activity a
						where a.status = 'HELD' and a.start_at >= :start and a.start_at < :end
						  and (exists (select 1 from activity_partner p where p.activity_id = a.id and p.unit_id = :unit)
						    or exists (select 1 from activity_unit_hours h where h.activity_id = a.id and h.unit_id = :unit))""",
				params, Long.class);
		Object[] hours = this.jdbc.queryForObject("""
				select coalesce(sum(h.hours), 0) as hours, coalesce(sum(h.volunteers), 0) as volunteers
				from activity_unit_hours h join activity a on a.id = h.activity_id
				where h.unit_id = :unit and a.status = 'HELD' and a.start_at >= :start and a.start_at < :end""", params,
				(rs, n) -> new Object[] { rs.getBigDecimal("hours"), rs.getLong("volunteers") });
		return new EvaluationViews.UnitEvidence(percent, count[0], worst[0], activities == null ? 0 : activities,
				hours == null ? BigDecimal.ZERO : (BigDecimal) hours[0], hours == null ? 0 : (Long) hours[1]);
	}

	static @Nullable BigDecimal scale(@Nullable BigDecimal value) {
		return value == null ? null : value.setScale(2, RoundingMode.HALF_UP);
	}

}
