package org.lianjian.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lianjian.account.DataScope;

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

	private final NamedParameterJdbcTemplate jdbc;

	AgreementListQueries(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One page of the list, newest term first.
	 * @param scope the current user's scope
	 * @param filter the filters (its colour is not applied here)
	 * @param q the LIKE pattern of the search, or empty
	 * @param offset rows to skip
	 * @param limit rows to return
	 * @return the rows
	 */
	List<Row> page(DataScope scope, AgreementFilter filter, String q, long offset, int limit) {
		MapSqlParameterSource p = new MapSqlParameterSource().addValue("offset", offset).addValue("limit", limit);
		String sql = COLUMNS + where(scope, filter, q, p)
				+ " order by a.term_start desc, a.id desc limit :limit offset :offset";
		return this.jdbc.query(sql, p, (rs, n) -> row(rs));
	}

	/**
	 * The number of rows of the list.
	 * @param scope the current user's scope
	 * @param filter the filters (its colour is not applied here)
	 * @param q the LIKE pattern of the search, or empty
	 * @return the count
	 */
	long count(DataScope scope, AgreementFilter filter, String q) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		Long count = this.jdbc.queryForObject("select count(*) from agreement a" + where(scope, filter, q, p), p,
				Long.class);
		return (count != null) ? count : 0;
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

	private static String where(DataScope scope, AgreementFilter filter, String q, MapSqlParameterSource p) {
		StringBuilder w = new StringBuilder(" where true");
		if (!scope.isAll()) {
			w.append(" and (a.community_org_id = any(:orgIds) or exists (select 1 from agreement_party sp")
				.append(" where sp.agreement_id = a.id and sp.unit_id = :scopeUnitId))");
			p.addValue("orgIds", scope.organisationIdsForQuery().toArray(Long[]::new))
				.addValue("scopeUnitId", scope.unitIdForQuery());
		}
		if (filter.status() != null) {
			w.append(" and a.status = :status");
			p.addValue("status", filter.status().name());
		}
		if (filter.level() != null) {
			w.append(" and a.level = :level");
			p.addValue("level", filter.level().name());
		}
		if (filter.area() != null) {
			w.append(" and exists (select 1 from agreement_area aa where aa.agreement_id = a.id and aa.area = :area)");
			p.addValue("area", filter.area().name());
		}
		if (filter.unit() != null) {
			w.append(
					" and exists (select 1 from agreement_party up where up.agreement_id = a.id and up.unit_id = :unit)");
			p.addValue("unit", filter.unit());
		}
		if (filter.org() != null) {
			w.append(" and a.community_org_id = :org");
			p.addValue("org", filter.org());
		}
		if (filter.year() != null) {
			w.append(" and a.term_start <= :yearEnd and a.term_end >= :yearStart");
			p.addValue("yearStart", LocalDate.of(filter.year(), 1, 1))
				.addValue("yearEnd", LocalDate.of(filter.year(), 12, 31));
		}
		if (filter.endsFrom() != null) {
			w.append(" and a.term_end >= :endsFrom");
			p.addValue("endsFrom", filter.endsFrom());
		}
		if (filter.endsTo() != null) {
			w.append(" and a.term_end <= :endsTo");
			p.addValue("endsTo", filter.endsTo());
		}
		if (!q.isEmpty()) {
			w.append(" and (lower(a.title) like :q escape '' or lower(a.number) like :q escape '')");
			p.addValue("q", q);
		}
		return w.toString();
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
