package org.lianjian.unit;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.shared.sql.Like;
import org.lianjian.shared.sql.RowStream;
import org.lianjian.shared.sql.ScopeClause;
import org.lianjian.shared.sql.SqlWhere;
import org.lianjian.structure.MembershipOnDay;

import org.springframework.beans.BeanUtils;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The unit list in SQL: one statement for a page of rows with their residential area and
 * active primary liaison, one for the count. Only the conditions of the filters in use
 * are written, so PostgreSQL plans each combination on its own, and the rows are read
 * straight into {@link UnitSummary} by column name without loading entities (see
 * docs/performance.md: the JPQL version was translated again on every request, because of
 * its list parameter, and loaded every column of 20 entities to show 13).
 */
@Component
class UnitListQueries {

	/** The list's sort keys ({@link UnitFilter#SORTABLE}) and their columns. */
	private static final Map<String, String> SORT_COLUMNS = Map.of("name", "u.name", "category", "u.category",
			"adminRank", "u.admin_rank", "headcount", "u.headcount", "updatedAt", "u.updated_at");

	/**
	 * A primary liaison in office on the list's day ({@link UnitOnDay}): the "vacant"
	 * filter, the liaison column and the dashboard's vacancy count are this one rule.
	 */
	private static final String PRIMARY_IN_OFFICE = UnitOnDay.primaryInOffice("u", ":today");

	/**
	 * The unit's party organisation is on the coordination committee's roster on the
	 * list's day (structure module's view and rule).
	 */
	private static final String COORDINATION_MEMBER = "exists (select 1 from coordination_membership cm"
			+ " where cm.organisation_id = u.party_org_id and" + MembershipOnDay.current("cm", ":today") + ")";

	/**
	 * The units a user may see: those of their residential areas, and a liaison's own
	 * unit.
	 */
	static final ScopeClause SCOPE = UnitScope.UNITS;

	/**
	 * The columns of the fields declared with a list column ({@link UnitField#listed()}),
	 * each followed by a comma.
	 */
	private static final String LISTED = UnitField.listed()
		.stream()
		.map((f) -> "u." + column(f.property) + ", ")
		.collect(Collectors.joining());

	private static final RecordComponent[] SUMMARY = UnitSummary.class.getRecordComponents();

	private static final Constructor<UnitSummary> SUMMARY_CONSTRUCTOR = BeanUtils
		.getResolvableConstructor(UnitSummary.class);

	private final NamedParameterJdbcTemplate jdbc;

	private final RowStream stream;

	UnitListQueries(NamedParameterJdbcTemplate jdbc, RowStream stream) {
		this.jdbc = jdbc;
		this.stream = stream;
	}

	/**
	 * One page of the list. With a search, the count of all matching rows comes with the
	 * rows ({@code count(*) over ()}), so the units are scanned once instead of twice: a
	 * search reads every unit in scope, as no index serves {@code like '%…%'} for two
	 * characters.
	 * @param scope the current user's scope
	 * @param filter the filters, the sort and the page
	 * @param pageSize rows per page
	 * @param today the day the liaisons and memberships are judged on
	 * @return the rows, in order, and the count when it came with them (else -1)
	 */
	Rows page(DataScope scope, UnitFilter filter, int pageSize, LocalDate today) {
		MapSqlParameterSource p = new MapSqlParameterSource("today", today);
		String where = where(scope, filter, p);
		String column = SORT_COLUMNS.getOrDefault(filter.sortOrDefault(), "u.name");
		String dir = filter.descending() ? " desc" : " asc";
		p.addValue("limit", pageSize).addValue("offset", (long) filter.pageOrFirst() * pageSize);
		// the page is cut from resident_unit alone: the area and the liaison are looked
		// up for its rows only, not for the rows a deep page skips
		String order = " order by " + column + dir + ", u.id";
		// only the ids are sorted and skipped: sorting whole rows cost a deep page
		// (offset
		// 1,660 at L) 2.5 ms, the ids alone 1.4 ms; the first page reads the (name, id)
		// index (V64)
		String sql = "select u.id, u.name, u.short_name, u.credit_code, u.category, u.admin_rank,"
				+ " u.residential_area_id as area_id, o.name as area_name, u.status, u.headcount, " + LISTED
				+ COORDINATION_MEMBER + " as coordination_member, u.updated_at, (select l.person_name from liaison l"
				+ " where l.unit_id = u.id and l.is_primary and" + UnitOnDay.inOffice("l", ":today")
				+ " order by l.start_date desc, l.id desc limit 1) as primary_liaison" + ", p.total from (select u.id, "
				+ (Like.contains(filter.q()).isEmpty() ? "-1" : "count(*) over ()") + " as total"
				+ " from resident_unit u" + where + order + " limit :limit offset :offset) p"
				+ " join resident_unit u on u.id = p.id"
				+ " left join organisation_directory o on o.id = u.residential_area_id" + order;
		long[] total = { -1 };
		List<UnitSummary> rows = this.jdbc.query(sql, p, (rs, n) -> {
			total[0] = rs.getLong("total");
			return summary(rs);
		});
		return new Rows(rows, total[0]);
	}

	/**
	 * A page's rows, and the count of all matching rows when it came with them.
	 *
	 * @param rows the rows
	 * @param total the count, or -1
	 */
	record Rows(List<UnitSummary> rows, long total) {

	}

	/**
	 * The number of rows of the list.
	 * @param scope the current user's scope
	 * @param filter the filters
	 * @param today the day the liaisons and memberships are judged on
	 * @return the count
	 */
	long count(DataScope scope, UnitFilter filter, LocalDate today) {
		MapSqlParameterSource p = new MapSqlParameterSource("today", today);
		Long count = this.jdbc.queryForObject("select count(*) from resident_unit u " + where(scope, filter, p), p,
				Long.class);
		return (count != null) ? count : 0;
	}

	/**
	 * The ids of every row of the list, in list order (for the export), handed over in
	 * chunks as they are read ({@link RowStream}).
	 * @param scope the current user's scope
	 * @param filter the filters and the sort
	 * @param limit the most ids to read
	 * @param today the day the liaisons and memberships are judged on
	 * @param sink takes each chunk of ids
	 */
	void ids(DataScope scope, UnitFilter filter, int limit, LocalDate today, Consumer<List<Long>> sink) {
		MapSqlParameterSource p = new MapSqlParameterSource("today", today).addValue("limit", limit);
		String column = SORT_COLUMNS.getOrDefault(filter.sortOrDefault(), "u.name");
		String dir = filter.descending() ? " desc" : " asc";
		this.stream.chunks("select u.id from resident_unit u" + where(scope, filter, p) + " order by " + column + dir
				+ ", u.id limit :limit", p, (rs, n) -> rs.getLong("id"), sink);
	}

	/**
	 * The active units a scope may see, by name (pickers).
	 * @param scope the scope
	 * @return id and name
	 */
	List<UnitDirectory.Entry> activeNames(DataScope scope) {
		MapSqlParameterSource p = new MapSqlParameterSource();
		return this.jdbc.query(
				"select u.id, u.name from resident_unit u"
						+ SqlWhere.of(p).scope(SCOPE, scope).and("u.status = 'ACTIVE'").sql() + " order by u.name",
				p, (rs, n) -> new UnitDirectory.Entry(rs.getLong("id"), rs.getString("name")));
	}

	/**
	 * Names of the given units, in plain SQL with an array (the JPQL {@code in :ids} was
	 * translated again by Hibernate on every call).
	 * @param ids unit ids
	 * @return id to name
	 */
	Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> result = new HashMap<>();
		this.jdbc.query("select id, name from resident_unit where id = any(:ids)",
				new MapSqlParameterSource("ids", ids.toArray(Long[]::new)), (rs) -> {
					result.put(rs.getLong("id"), rs.getString("name"));
				});
		return result;
	}

	private static String where(DataScope scope, UnitFilter filter, MapSqlParameterSource p) {
		SqlWhere w = SqlWhere.of(p).scope(SCOPE, scope);
		String q = Like.contains(filter.q());
		if (!q.isEmpty()) {
			// name, short name and credit code, lowercased when written (V63); the units
			// holding every two-character piece of the term come from an index (V65)
			String[] bigrams = bigrams(q);
			w.when("u.search_bigrams @> cast(:bigrams as text[])", "bigrams", (bigrams.length > 0) ? bigrams : null);
			w.and(Like.matches("u.search_text", "q"));
			p.addValue("q", q);
		}
		return w.when("u.category = :category", "category", filter.category())
			.when("u.admin_rank = :rank", "rank", filter.rank())
			.when("u.residential_area_id = :areaId", "areaId", filter.area())
			.when("u.network_id = :networkId", "networkId", filter.network())
			.when(Boolean.TRUE.equals(filter.member()), COORDINATION_MEMBER)
			.when(Boolean.FALSE.equals(filter.member()), "not " + COORDINATION_MEMBER)
			.when("u.status = :status", "status", filter.status())
			.when(Boolean.TRUE.equals(filter.vacant()), "not" + PRIMARY_IN_OFFICE)
			.when(Boolean.FALSE.equals(filter.vacant()), PRIMARY_IN_OFFICE)
			.sql();
	}

	/**
	 * The distinct two-character pieces of a search term, as PostgreSQL's
	 * {@code unit_search_bigrams} cuts them (by code point).
	 * @param pattern the LIKE pattern, {@code %term%} with the term's wildcards escaped
	 * @return the pieces; none for a one-character term
	 */
	static String[] bigrams(String pattern) {
		String term = pattern.substring(1, pattern.length() - 1)
			.replace("\\\\", "\uffff")
			.replace("\\%", "%")
			.replace("\\_", "_")
			.replace("\uffff", "\\");
		int[] cp = term.codePoints().toArray();
		Set<String> pieces = new LinkedHashSet<>();
		for (int i = 0; i + 1 < cp.length; i++) {
			pieces.add(new String(cp, i, 2));
		}
		return pieces.toArray(String[]::new);
	}

	/**
	 * A row as its {@link UnitSummary}, each component read from the column of its name
	 * in snake case (enums by name), so a new component needs only its column in the
	 * select.
	 */
	private static UnitSummary summary(ResultSet rs) throws SQLException {
		@Nullable Object[] args = new Object[SUMMARY.length];
		for (int i = 0; i < SUMMARY.length; i++) {
			Object value = rs.getObject(column(SUMMARY[i].getName()));
			Class<?> type = SUMMARY[i].getType();
			if (value instanceof String s && type.isEnum()) {
				value = enumValue(type, s);
			}
			else if (value instanceof Timestamp t && type == Instant.class) {
				value = t.toInstant();
			}
			args[i] = value;
		}
		return BeanUtils.instantiateClass(SUMMARY_CONSTRUCTOR, args);
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Object enumValue(Class<?> type, String name) {
		return Enum.valueOf((Class) type, name);
	}

	/**
	 * The column of a property: its name in snake case, as Hibernate names the unit's
	 * columns.
	 * @param property the property's name
	 * @return the column's name
	 */
	static String column(String property) {
		return property.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
	}

}
