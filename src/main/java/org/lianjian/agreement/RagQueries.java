package org.lianjian.agreement;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.RowStream;
import org.lianjian.shared.sql.SqlWhere;

import org.springframework.cache.annotation.Cacheable;
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
 * judging day ({@link AgreementDetails#judgeDay}: today, or the last day of an agreement
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
			  select a.id, a.number, a.title, a.term_start, a.term_end,
			    case when a.status = 'EXPIRED' and a.term_end < :today then a.term_end
			         else cast(:today as date) end as judge
			  from agreement a
			  where a.status in ('ACTIVE', 'EXPIRED') and %s),
			ay as (
			  select ag.*, make_date(cast(extract(year from ag.judge) as int), 1, 1) as y_from,
			    make_date(cast(extract(year from ag.judge) as int), 12, 31) as y_to
			  from ag),
			ap as (
			  select ay.*, greatest(ay.term_start, ay.y_from) as p_from, least(ay.term_end, ay.y_to) as p_to
			  from ay),
			ae as materialized (
			  select ap.*, ap.judge > ap.term_end as ended,
			    case when ap.p_to < ap.p_from then (case when ap.judge > ap.term_end then 1.0 else 0.0 end)
			      else greatest(0.0, least(1.0, (ap.judge - ap.p_from + 1)::numeric / (ap.p_to - ap.p_from + 1))) end
			      as elapsed
			  from ap),
			cm as (
			  select ae.id, ae.number, ae.title, ae.term_start, ae.ended, ae.elapsed, c.id as commitment_id, c.description,
			    c.sort_order, c.responsible_unit_id,
			    round(case when ae.y_from = :yearStart then coalesce(fd.delivered, 0)
			            else (select coalesce(sum(f.quantity), 0) from fulfilment f
			                  where f.commitment_id = c.id and f.happened_on between ae.y_from and ae.y_to) end
			          / (case when c.target_quantity is null or c.target_quantity <= 0 then 1
			                  else c.target_quantity end), 6) as share
			  from ae join commitment c on c.agreement_id = ae.id
			  left join fd on fd.commitment_id = c.id),
			judged as (
			  select cm.*, case when cm.share >= 1 then 0
			    when cm.share < 0.5 and (cm.ended or cm.elapsed > 0.75) then 2
			    when cm.share >= cm.elapsed then 0 else 1 end as rag
			  from cm)
			""";

	/**
	 * The cache of the dashboard's red lists, per scope, day and length: judging every
	 * commitment in force costs tens of milliseconds at 10,000 agreements, on every
	 * visit. {@link RedListEviction} empties it after the commit of a change.
	 */
	static final String RED_CACHE = "red-commitments";

	private final NamedParameterJdbcTemplate jdbc;

	private final RowStream stream;

	RagQueries(NamedParameterJdbcTemplate jdbc, RowStream stream) {
		this.jdbc = jdbc;
		this.stream = stream;
	}

	private static MapSqlParameterSource params(LocalDate today) {
		LocalDate yearStart = today.withDayOfYear(1);
		return new MapSqlParameterSource().addValue("today", today)
			.addValue("yearStart", yearStart)
			.addValue("nextYear", yearStart.plusYears(1));
	}

	/**
	 * Red commitments of the agreements in force in a scope (for a liaison: of the
	 * agreements their unit is a party to, those their unit is responsible for).
	 * @param scope the scope
	 * @param today the day to judge on
	 * @param shown how many to return, in agreement order
	 * @return how many there are and the first {@code shown}
	 */
	@Cacheable(RED_CACHE)
	public AgreementService.RedCommitments red(DataScope scope, LocalDate today, int shown) {
		return judgeRed(scope, today, shown);
	}

	/**
	 * The worst colour of each unit's commitments in agreements in force, judged by the
	 * same rule, in one statement (for the matching module's suggestions).
	 * @param today the day to judge on
	 * @return unit id to colour; units responsible for no commitment are absent
	 */
	@Cacheable(value = RED_CACHE, key = "'unit-colours:' + #today")
	public Map<Long, Rag> unitColours(LocalDate today) {
		Map<Long, Rag> colours = new HashMap<>();
		this.jdbc.query(JUDGED.formatted("a.status = 'ACTIVE'") + """
				select j.responsible_unit_id, max(j.rag) as rag from judged j
				where j.responsible_unit_id is not null group by j.responsible_unit_id""", params(today),
				(RowCallbackHandler) (rs) -> colours.put(rs.getLong(1), Rag.values()[rs.getInt(2)]));
		return Map.copyOf(colours);
	}

	private AgreementService.RedCommitments judgeRed(DataScope scope, LocalDate today, int shown) {
		MapSqlParameterSource p = params(today).addValue("shown", shown);
		// the agreements in force in the list's scope; a liaison's own unit responsible
		String inForce = SqlWhere.of(p)
			.scope(AgreementListQueries.SCOPE, scope)
			.and("a.status = 'ACTIVE'")
			.conditions();
		String responsible = SqlWhere.of(p)
			.when("j.responsible_unit_id = :responsible", "responsible",
					scope.isLiaison() ? scope.unitIdForQuery() : null)
			.conditions();
		String sql = JUDGED.formatted(inForce) + """
				select j.id, j.number, j.title, j.commitment_id, j.description, count(*) over () as total
				from judged j
				where j.rag = 2 and""" + " " + responsible + """

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
	 * One page of the agreement list filtered on colour, in list order (newest term
	 * first): the agreements' ids and how many match. The other filters, the search and
	 * the scope are the list's own ({@link AgreementListQueries#where}).
	 * @param scope the scope
	 * @param filter the list's filters; {@code rag} must be set
	 * @param today the day to judge on
	 * @param offset rows to skip
	 * @param size rows to return
	 * @return the page's agreement ids and the total
	 */
	IdPage agreementsByRag(DataScope scope, AgreementFilter filter, LocalDate today, long offset, int size) {
		MapSqlParameterSource p = params(today).addValue("offset", offset).addValue("size", size);
		String sql = byRag(scope, filter, p);
		long[] total = { 0 };
		List<Long> ids = this.jdbc.query(sql, p, (rs, n) -> {
			total[0] = rs.getLong("total");
			return rs.getLong("id");
		});
		if (ids.isEmpty() && offset > 0) {
			// past the last page: the total still counts
			total[0] = agreementsByRag(scope, filter, today, 0, 1).total();
		}
		return new IdPage(ids, total[0]);
	}

	/**
	 * How many agreements of the list filtered on colour there are: the total of
	 * {@link #agreementsByRag(DataScope, AgreementFilter, LocalDate, long, int)}, kept in
	 * the red lists' cache, because the home page counts the red agreements on every
	 * visit and judging every commitment costs tens of milliseconds at 10,000 agreements.
	 * @param scope the scope
	 * @param filter the list's filters; {@code rag} must be set
	 * @param today the day to judge on
	 * @return how many match
	 */
	@Cacheable(value = RED_CACHE, key = "{'count-by-colour', #scope, #filter, #today}")
	public long countByRag(DataScope scope, AgreementFilter filter, LocalDate today) {
		return agreementsByRag(scope, filter, today, 0, 1).total();
	}

	/**
	 * The ids of the agreement list filtered on colour, in list order, handed over in
	 * chunks as they are read (the export; {@link RowStream}).
	 * @param scope the scope
	 * @param filter the list's filters; {@code rag} must be set
	 * @param today the day to judge on
	 * @param max the most ids read
	 * @param sink takes each chunk of ids
	 */
	void agreementsByRag(DataScope scope, AgreementFilter filter, LocalDate today, int max, Consumer<List<Long>> sink) {
		MapSqlParameterSource p = params(today).addValue("offset", 0).addValue("size", max);
		this.stream.chunks(byRag(scope, filter, p), p, (rs, n) -> rs.getLong("id"), sink);
	}

	/** The statement of {@link #agreementsByRag}: ids and total, from :offset, :size. */
	private static String byRag(DataScope scope, AgreementFilter filter, MapSqlParameterSource p) {
		Rag rag = java.util.Objects.requireNonNull(filter.rag());
		p.addValue("rag", rag.ordinal());
		String listWhere = AgreementListQueries.where(scope, filter, p).conditions();
		String judged = JUDGED.formatted(listWhere);
		if (rag == Rag.GREEN) {
			// drafts, closed agreements and those without commitments are green too
			return judged + """
					, worse as (select j.id from judged j group by j.id having max(j.rag) > 0)
					select a.id, count(*) over () as total from agreement a
					""" + " where " + listWhere + """
					  and a.id not in (select id from worse)
					order by a.term_start desc, a.id desc
					offset :offset limit :size""";
		}
		return judged + """
				select j.id, count(*) over () as total from judged j
				group by j.id, j.term_start having max(j.rag) = :rag
				order by j.term_start desc, j.id desc
				offset :offset limit :size""";
	}

	/**
	 * Ids of one page of a list and the number of rows over all pages.
	 *
	 * @param ids the page's ids, in list order
	 * @param total rows over all pages
	 */
	record IdPage(List<Long> ids, long total) {

	}

	/**
	 * Marks the commitments of agreements in force that the red list judges red, in one
	 * statement: {@code commitment.red_since} is set on those newly red and cleared on
	 * those no longer red (or whose agreement is no longer in force).
	 * @param agreementIds the agreements, or {@code null} for all
	 * @param today the day to judge on
	 * @return the commitments that turned red: commitment id → agreement id
	 */
	Map<Long, Long> markRed(@Nullable Collection<Long> agreementIds, LocalDate today) {
		String which = (agreementIds == null) ? "true" : "a.id in (:ids)";
		String ofAgreements = (agreementIds == null) ? "" : " and c.agreement_id in (:ids)";
		String sql = JUDGED.formatted("a.status = 'ACTIVE' and " + which) + """
				, red as (select j.commitment_id, j.id as agreement_id from judged j where j.rag = 2),
				cleared as (
				  update commitment c set red_since = null
				  where c.red_since is not null %s and c.id not in (select commitment_id from red))
				update commitment c set red_since = :today from red
				where c.id = red.commitment_id and c.red_since is null
				returning c.id, red.agreement_id""".formatted(ofAgreements);
		Map<Long, Long> turned = new HashMap<>();
		this.jdbc.query(sql, params(today).addValue("ids", agreementIds),
				(RowCallbackHandler) (rs) -> turned.put(rs.getLong("id"), rs.getLong("agreement_id")));
		return turned;
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
