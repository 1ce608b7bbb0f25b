package org.lianjian.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lianjian.account.DataScope;

import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The red/amber/green rule of {@link Rag#of} written in SQL, so that lists and the
 * dashboard can count and filter on the colour without loading every commitment into the
 * JVM. {@link Rag#of} stays the documented rule; {@code RagQueriesTests} checks that this
 * statement gives the same colour on a sample of commitments and days.
 *
 * <p>
 * Each commitment of an agreement in force or expired is judged on its agreement's
 * judging day ({@link AgreementService#judgeDay}: today, or the last day of an agreement
 * that expired before today) with what was delivered in the calendar year of that day.
 * Colours are numbered as {@link Rag#ordinal()}: 0 green, 1 amber, 2 red.
 */
@Component
class RagQueries {

	/**
	 * One row per judged commitment: {@code agreement_id, commitment_id, sort_order,
	 * description, number, title, status, rag}. {@code %s} is the extra condition on
	 * {@code agreement a}.
	 */
	private static final String JUDGED = """
			with fd as (
			  select f.commitment_id, sum(f.quantity) as delivered from fulfilment f
			  where f.happened_on >= :yearStart and f.happened_on < :nextYear
			  group by f.commitment_id),
			ag as (
			  select a.id, a.number, a.title, a.status, a.term_start, a.term_end,
			    case when a.status = 'EXPIRED' and a.term_end < :today then a.term_end
			         else cast(:today as date) end as judge
			  from agreement a
			  where a.status in ('ACTIVE', 'EXPIRED') and %s),
			cm as (
			  select ag.*, c.id as commitment_id, c.description, c.sort_order, c.responsible_unit_id,
			    cast(date_trunc('year', ag.judge) as date) as y_from,
			    round(case when ag.judge >= :yearStart then coalesce(fd.delivered, 0)
			            else (select coalesce(sum(f.quantity), 0) from fulfilment f
			                  where f.commitment_id = c.id and f.happened_on >= date_trunc('year', ag.judge)
			                    and f.happened_on < date_trunc('year', ag.judge) + interval '1 year') end
			          / (case when c.target_quantity is null or c.target_quantity <= 0 then 1
			                  else c.target_quantity end), 6) as share
			  from ag join commitment c on c.agreement_id = ag.id
			  left join fd on fd.commitment_id = c.id),
			pe as (
			  select cm.*, greatest(cm.term_start, cm.y_from) as p_from,
			    least(cm.term_end, cast(cm.y_from + interval '1 year' as date) - 1) as p_to
			  from cm),
			el as (
			  select pe.*, case when pe.p_to < pe.p_from then (case when pe.judge > pe.term_end then 1.0 else 0.0 end)
			    else greatest(0.0, least(1.0, (pe.judge - pe.p_from + 1)::numeric / (pe.p_to - pe.p_from + 1))) end
			    as elapsed
			  from pe),
			judged as (
			  select el.*, case when el.share >= 1 then 0
			    when el.share < 0.5 and (el.judge > el.term_end or el.elapsed > 0.75) then 2
			    when el.share >= el.elapsed then 0 else 1 end as rag
			  from el)
			""";

	/** The scope of the agreement list and the dashboard, on {@code agreement a}. */
	private static final String SCOPE = """
			(:all or a.community_org_id in (:orgIds)
			 or exists (select 1 from agreement_party p where p.agreement_id = a.id and p.unit_id = :unitId))""";

	private final NamedParameterJdbcTemplate jdbc;

	RagQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	private static MapSqlParameterSource params(LocalDate today) {
		LocalDate yearStart = today.withDayOfYear(1);
		return new MapSqlParameterSource().addValue("today", today)
			.addValue("yearStart", yearStart)
			.addValue("nextYear", yearStart.plusYears(1));
	}

	private static MapSqlParameterSource params(LocalDate today, DataScope scope) {
		return params(today).addValue("all", scope.isAll())
			.addValue("orgIds", scope.organisationIdsForQuery())
			.addValue("unitId", scope.unitIdForQuery())
			.addValue("liaison", scope.isLiaison());
	}

	/**
	 * Red commitments of the agreements in force in a scope (for a liaison: of the
	 * agreements their unit is a party to, those their unit is responsible for).
	 * @param scope the scope
	 * @param today the day to judge on
	 * @param shown how many to return, in agreement order
	 * @return how many there are and the first {@code shown}
	 */
	AgreementService.RedCommitments red(DataScope scope, LocalDate today, int shown) {
		MapSqlParameterSource p = params(today, scope).addValue("shown", shown);
		String sql = JUDGED.formatted("a.status = 'ACTIVE' and " + SCOPE) + """
				select j.id, j.number, j.title, j.commitment_id, j.description, count(*) over () as total
				from judged j
				where j.rag = 2 and (not :liaison or j.responsible_unit_id = :unitId)
				order by j.id, j.sort_order, j.commitment_id
				limit :shown""";
		long[] total = { 0 };
		List<AgreementService.RedCommitment> first = this.jdbc.query(sql, p, (rs, n) -> {
			total[0] = rs.getLong("total");
			return new AgreementService.RedCommitment(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
					rs.getLong("commitment_id"), rs.getString("description"));
		});
		return new AgreementService.RedCommitments(total[0], first);
	}

	/**
	 * The agreements in a scope whose worst commitment has the given colour (an agreement
	 * without commitments, a draft or a closed one is green and never listed here).
	 * @param scope the scope
	 * @param today the day to judge on
	 * @param rag amber or red
	 * @return the agreements' ids
	 */
	List<Long> agreementsWorst(DataScope scope, LocalDate today, Rag rag) {
		String sql = JUDGED.formatted(SCOPE) + """
				select j.id from judged j group by j.id having max(j.rag) = :rag""";
		return this.jdbc.queryForList(sql, params(today, scope).addValue("rag", rag.ordinal()), Long.class);
	}

	/**
	 * The colour of each commitment of the given agreements (for the test that compares
	 * the statement with {@link Rag#of}).
	 * @param agreementIds the agreements
	 * @param today the day to judge on
	 * @return commitment id → colour
	 */
	Map<Long, Rag> commitmentRags(Collection<Long> agreementIds, LocalDate today) {
		String sql = JUDGED.formatted("a.id in (:ids)") + "select j.commitment_id, j.rag from judged j";
		Map<Long, Rag> result = new HashMap<>();
		this.jdbc.query(sql, params(today).addValue("ids", agreementIds),
				(RowCallbackHandler) (rs) -> result.put(rs.getLong("commitment_id"), Rag.values()[rs.getInt("rag")]));
		return result;
	}

}
