package org.lianjian.shared.sql;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * A {@code where} clause with named parameters that holds only the conditions of the
 * filters in use, so PostgreSQL plans each combination on its own and an unfiltered count
 * is a plain count. A list query builds its clause once, and its page, count, export and
 * any other caller share it.
 *
 * <pre>
 * SqlWhere w = SqlWhere.of(params)
 * 	.scope(SCOPE, scope)
 * 	.equal("a.status = :status", "status", filter.status())
 * 	.like(filter.q(), "q", "lower(a.title)", "lower(a.number)");
 * String sql = "select count(*) from agreement a" + w.sql();
 * </pre>
 */
public final class SqlWhere {

	private final StringBuilder sql = new StringBuilder(" where true");

	private final MapSqlParameterSource params;

	private SqlWhere(MapSqlParameterSource params) {
		this.params = params;
	}

	/**
	 * Starts a clause whose parameters go into the given source.
	 * @param params the statement's parameters
	 * @return the clause, true so far
	 */
	public static SqlWhere of(MapSqlParameterSource params) {
		return new SqlWhere(params);
	}

	/**
	 * Adds the scope condition, unless the user sees everything.
	 * @param clause the table family's scope
	 * @param scope the user's scope
	 * @return this clause
	 */
	public SqlWhere scope(ScopeClause clause, RowScope scope) {
		if (!scope.isAll()) {
			this.sql.append(" and ").append(clause.sql());
			this.params.addValue(ScopeClause.ORGANISATIONS, scope.organisationIdsForQuery().toArray(Long[]::new))
				.addValue(ScopeClause.UNIT, scope.unitIdForQuery());
		}
		return this;
	}

	/**
	 * Binds the parameters of {@link ScopeClause#sqlOrAll}, for a statement written once
	 * for every scope.
	 * @param params the statement's parameters
	 * @param scope the user's scope
	 * @return the parameters
	 */
	public static MapSqlParameterSource scopeParams(MapSqlParameterSource params, RowScope scope) {
		return params.addValue(ScopeClause.ALL, scope.isAll())
			.addValue(ScopeClause.ORGANISATIONS, scope.organisationIdsForQuery().toArray(Long[]::new))
			.addValue(ScopeClause.UNIT, scope.unitIdForQuery());
	}

	/**
	 * Adds a condition on one parameter, when its value is given. An enum is passed by
	 * name.
	 * @param condition the condition, naming {@code :param}
	 * @param param the parameter
	 * @param value the filter's value, or null for no condition
	 * @return this clause
	 */
	public SqlWhere when(String condition, String param, @Nullable Object value) {
		if (value != null) {
			this.sql.append(" and ").append(condition);
			this.params.addValue(param, bind(value));
		}
		return this;
	}

	/**
	 * Adds a condition without parameters, when the test holds.
	 * @param test whether to add it
	 * @param condition the condition
	 * @return this clause
	 */
	public SqlWhere when(boolean test, String condition) {
		if (test) {
			this.sql.append(" and ").append(condition);
		}
		return this;
	}

	/**
	 * Adds a condition whose parameters the caller has set.
	 * @param condition the condition
	 * @return this clause
	 */
	public SqlWhere and(String condition) {
		return when(true, condition);
	}

	/**
	 * Adds "one of the expressions contains the term" ({@link Like#contains}), when there
	 * is a term.
	 * @param term the search term, or null
	 * @param param the pattern's parameter
	 * @param expressions lowercased columns or expressions to search
	 * @return this clause
	 */
	public SqlWhere like(@Nullable String term, String param, String... expressions) {
		String pattern = Like.contains(term);
		if (!pattern.isEmpty()) {
			StringBuilder any = new StringBuilder();
			for (String e : expressions) {
				any.append(any.isEmpty() ? "(" : " or ").append(Like.matches(e, param));
			}
			this.sql.append(" and ").append(any).append(")");
			this.params.addValue(param, pattern);
		}
		return this;
	}

	/**
	 * The clause, starting with {@code " where"}.
	 * @return the SQL
	 */
	public String sql() {
		return this.sql.toString();
	}

	/**
	 * The conditions without the {@code where}, to put into a larger statement.
	 * @return the SQL, {@code true and …}
	 */
	public String conditions() {
		return this.sql.substring(" where ".length());
	}

	/**
	 * The parameters.
	 * @return the source the parameters went into
	 */
	public MapSqlParameterSource params() {
		return this.params;
	}

	@Override
	public String toString() {
		return sql();
	}

	private static Object bind(Object value) {
		if (value instanceof Enum<?> e) {
			return e.name();
		}
		return value;
	}

}
