package org.lianjian.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.RowStream;
import org.lianjian.shared.sql.ScopeClause;
import org.lianjian.shared.sql.SqlWhere;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The agreement list in SQL: a page of rows with the community-side organisation's name,
 * the count, and the parties of the page's rows. Only the conditions of the filters in
 * use are written, so that PostgreSQL can use its indexes and the unfiltered count is a
 * plain count (see docs/performance.md: the JPQL version tested every filter on every
 * row, loaded entities and their collections, and looked names up separately).
 */
@Component
class AgreementListQueries {

	/** A row of the list before its colour is judged. */
	record Row(Long id, String number, String title, AgreementLevel level, AgreementStatus status,
			String communityOrgName, LocalDate termStart, LocalDate termEnd) {

	}

	private static final String COLUMNS = """
			select a.id, a.number, a.title, a.level, a.status, coalesce(o.name, '') as org_name, a.term_start, a.term_end
			  from agreement a
			  left join organisation_directory o on o.id = a.community_org_id
			""";

	/**
	 * The agreements a user may see: those signed by one of their organisations, and
	 * those their unit is a party to.
	 */
	static final ScopeClause SCOPE = AgreementScope.AGREEMENTS;

	private final NamedParameterJdbcTemplate jdbc;

	private final RowStream stream;

	AgreementListQueries(NamedParameterJdbcTemplate jdbc, RowStream stream) {
		this.jdbc = jdbc;
		this.stream = stream;
	}

	/**
	 * One page of the list, newest term first.
	 * @param scope the current user's scope
	 * @param filter the filters (its colour is not applied here)
	 * @param offset rows to skip
	 * @param limit rows to return
	 * @return the rows
	 */
	List<Row> page(DataScope scope, AgreementFilter filter, long offset, int limit) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
		String sql = COLUMNS + where(scope, filter, p).sql()
				+ " order by a.term_start desc, a.id desc limit :limit offset :offset";
		return this.jdbc.query(sql, p, (rs, n) -> row(rs));
	}

	/**
	 * Every row of the list, in list order, handed over in chunks as they are read (the
	 * export; {@link RowStream}).
	 * @param scope the current user's scope
	 * @param filter the filters (its colour is not applied here)
	 * @param limit the most rows read
	 * @param sink takes each chunk of rows
	 */
	void all(DataScope scope, AgreementFilter filter, int limit, Consumer<List<Row>> sink) {
		MapSqlParameterSource p = new MapSqlParameterSource("limit", limit);
		this.stream.chunks(
				COLUMNS + where(scope, filter, p).sql() + " order by a.term_start desc, a.id desc limit :limit", p,
				(rs, n) -> row(rs), sink);
	}

	/**
	 * The number of rows of the list.
	 * @param scope the current user's scope
	 * @param filter the filters (its colour is not applied here)
	 * @return the count
	 */
	long count(DataScope scope, AgreementFilter filter) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		Long count = this.jdbc.queryForObject("select count(*) from agreement a" + where(scope, filter, p).sql(), p,
				Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * The ids of the list's rows, in list order, for callers that load or change the
	 * agreements themselves.
	 * @param scope the scope to apply
	 * @param filter the filters (its colour is not applied here)
	 * @param limit the most ids to return
	 * @return the ids
	 */
	List<Long> ids(DataScope scope, AgreementFilter filter, int limit) {
		MapSqlParameterSource p = new MapSqlParameterSource("limit", limit);
		return this.jdbc.queryForList("select a.id from agreement a" + where(scope, filter, p).sql()
				+ " order by a.term_start desc, a.id desc limit :limit", p, Long.class);
	}

	/**
	 * Of the given agreements, those a scope may open ({@link AgreementAccess#canSee}),
	 * in one statement.
	 * @param scope the scope
	 * @param ids agreement ids
	 * @return the ids among them in the scope
	 */
	Set<Long> openable(DataScope scope, Collection<Long> ids) {
		MapSqlParameterSource p = new MapSqlParameterSource("ids", ids.toArray(Long[]::new));
		return new HashSet<>(this.jdbc.queryForList(
				"select a.id from agreement a" + SqlWhere.of(p).scope(SCOPE, scope).and("a.id = any(:ids)").sql(), p,
				Long.class));
	}

	/**
	 * The parties of the agreements a scope may see (the list's unit filter).
	 * @param scope the scope
	 * @return unit ids, each once
	 */
	List<Long> partyIds(DataScope scope) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		return this.jdbc.queryForList("select distinct pu.unit_id from agreement a"
				+ " join agreement_party pu on pu.agreement_id = a.id" + SqlWhere.of(p).scope(SCOPE, scope).sql(), p,
				Long.class);
	}

	/**
	 * The community-side organisations of the agreements a scope may see (the list's
	 * organisation filter).
	 * @param scope the scope
	 * @return organisation ids, each once
	 */
	List<Long> communityOrgIds(DataScope scope) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		return this.jdbc.queryForList(
				"select distinct a.community_org_id from agreement a" + SqlWhere.of(p).scope(SCOPE, scope).sql(), p,
				Long.class);
	}

	/**
	 * Rows by id, in the order given (the list filtered by colour picks its ids first).
	 * @param ids the agreements
	 * @return the rows found, in that order
	 */
	List<Row> byIds(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, Row> found = new HashMap<>();
		this.jdbc.query(COLUMNS + " where a.id = any(:ids)", new MapSqlParameterSource("ids", ids.toArray(Long[]::new)),
				(rs) -> {
					Row r = row(rs);
					found.put(r.id(), r);
				});
		List<Row> rows = new ArrayList<>();
		ids.forEach((id) -> {
			Row r = found.get(id);
			if (r != null) {
				rows.add(r);
			}
		});
		return rows;
	}

	/**
	 * The parties of the given agreements, each list by unit id.
	 * @param ids the agreements
	 * @return unit id and name per agreement
	 */
	Map<Long, List<AgreementViews.Ref>> parties(List<Long> ids) {
		Map<Long, List<AgreementViews.Ref>> result = new HashMap<>();
		if (ids.isEmpty()) {
			return result;
		}
		this.jdbc.query("""
				select p.agreement_id, p.unit_id, coalesce(u.name, '') as name
				  from agreement_party p
				  left join unit_directory u on u.id = p.unit_id
				 where p.agreement_id = any(:ids)
				 order by p.agreement_id, p.unit_id""", new MapSqlParameterSource("ids", ids.toArray(Long[]::new)),
				(rs) -> {
					result.computeIfAbsent(rs.getLong("agreement_id"), (k) -> new ArrayList<>())
						.add(new AgreementViews.Ref(rs.getLong("unit_id"), rs.getString("name")));
				});
		return result;
	}

	/**
	 * The list's conditions: the scope, then each filter in use (its colour excepted,
	 * which {@link RagQueries#agreementsByRag} judges on these rows).
	 * @param scope the current user's scope
	 * @param filter the filters
	 * @param p the statement's parameters
	 * @return the clause
	 */
	static SqlWhere where(DataScope scope, AgreementFilter filter, MapSqlParameterSource p) {
		Integer year = filter.year();
		return SqlWhere.of(p)
			.scope(SCOPE, scope)
			.when("a.status = :status", "status", filter.status())
			.when("a.level = :level", "level", filter.level())
			.when("exists (select 1 from agreement_area aa where aa.agreement_id = a.id and aa.area = :area)", "area",
					filter.area())
			.when("exists (select 1 from agreement_party up where up.agreement_id = a.id and up.unit_id = :unit)",
					"unit", filter.unit())
			.when("a.community_org_id = :org", "org", filter.org())
			.when("a.term_start <= :termYearEnd", "termYearEnd", (year != null) ? LocalDate.of(year, 12, 31) : null)
			.when("a.term_end >= :termYearStart", "termYearStart", (year != null) ? LocalDate.of(year, 1, 1) : null)
			.when("a.term_end >= :endsFrom", "endsFrom", filter.endsFrom())
			.when("a.term_end <= :endsTo", "endsTo", filter.endsTo())
			.like(filter.q(), "q", "lower(a.title)", "lower(a.number)");
	}

	/**
	 * The red/amber/green input of the given agreements' commitments: delivered in the
	 * year of {@code today}, or for an agreement that expired before today in the year of
	 * its last day (see {@link AgreementDetails#judgeDay}). In SQL with an array: as JPQL
	 * with {@code in :ids}, Hibernate translated it again on every call (11 % of the
	 * agreement list's samples).
	 * @param agreementIds the agreements
	 * @param today the day judged
	 * @return one row per commitment, by agreement and commitment order
	 */
	List<CommitmentStanding> standings(Collection<Long> agreementIds, LocalDate today) {
		MapSqlParameterSource p = new MapSqlParameterSource("ids", agreementIds.toArray(Long[]::new))
			.addValue("today", today)
			.addValue("year", today.getYear());
		return this.jdbc.query("select c.id, c.description, c.target_quantity, c.responsible_unit_id,"
				+ " a.id as agreement_id, a.number, a.title, a.status, a.term_start, a.term_end,"
				+ " (select coalesce(sum(f.quantity), 0) from fulfilment f where f.commitment_id = c.id"
				+ " and extract(year from f.happened_on) = case when a.status = 'EXPIRED' and a.term_end < :today"
				+ " then extract(year from a.term_end) else :year end) as delivered"
				+ " from commitment c join agreement a on a.id = c.agreement_id where a.id = any(:ids)"
				+ " order by a.id, c.sort_order, c.id", p,
				(rs, n) -> new CommitmentStanding(rs.getLong("id"), rs.getString("description"),
						rs.getBigDecimal("target_quantity"), rs.getObject("responsible_unit_id", Long.class),
						rs.getLong("agreement_id"), rs.getString("number"), rs.getString("title"),
						AgreementStatus.valueOf(rs.getString("status")), rs.getObject("term_start", LocalDate.class),
						rs.getObject("term_end", LocalDate.class), rs.getBigDecimal("delivered")));
	}

	private static Row row(ResultSet rs) throws SQLException {
		return new Row(rs.getLong("id"), rs.getString("number"), rs.getString("title"),
				AgreementLevel.valueOf(rs.getString("level")), AgreementStatus.valueOf(rs.getString("status")),
				rs.getString("org_name"), rs.getObject("term_start", LocalDate.class),
				rs.getObject("term_end", LocalDate.class));
	}

}
