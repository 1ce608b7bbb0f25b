package org.lianjian.shared.sql;

import org.jspecify.annotations.Nullable;

/**
 * The data-scope condition of one table family: a row is in scope when its organisation
 * is one of the user's ({@code :scopeOrgs}, an array), when it concerns the user's unit
 * ({@code :scopeUnit}), or when it is visible to everyone. Each family declares it once,
 * next to its list query, and every query of that family uses it through
 * {@link SqlWhere#scope}.
 *
 * @param organisationColumn the row's organisation, e.g. {@code u.residential_area_id}
 * @param unitCondition the row concerns {@code :scopeUnit}, e.g.
 * {@code u.id = :scopeUnit}
 * @param everyone a condition under which anyone sees the row, or null
 */
public record ScopeClause(String organisationColumn, String unitCondition, @Nullable String everyone) {

	/** The parameter holding the organisations in scope. */
	public static final String ORGANISATIONS = "scopeOrgs";

	/** The parameter holding the unit in scope. */
	public static final String UNIT = "scopeUnit";

	/**
	 * The parameter that says whether the user sees every row, for a statement written
	 * once for every scope ({@link #sqlOrAll}).
	 */
	public static final String ALL = "scopeAll";

	/**
	 * A family scoped by an organisation column and a condition on the unit.
	 * @param organisationColumn the row's organisation
	 * @param unitCondition the row concerns {@code :scopeUnit}
	 * @return the clause
	 */
	public static ScopeClause of(String organisationColumn, String unitCondition) {
		return new ScopeClause(organisationColumn, unitCondition, null);
	}

	/**
	 * A family whose unit is reached through a link table: {@code exists} a row of
	 * {@code table} pointing at the row with the user's unit.
	 * @param organisationColumn the row's organisation
	 * @param table the link table
	 * @param foreignKey the link table's column pointing at the row
	 * @param id the row's id, e.g. {@code a.id}
	 * @return the clause
	 */
	public static ScopeClause linked(String organisationColumn, String table, String foreignKey, String id) {
		return of(organisationColumn, "exists (select 1 from " + table + " sp where sp." + foreignKey + " = " + id
				+ " and sp.unit_id = :" + UNIT + ")");
	}

	/**
	 * The same clause, with rows anyone may see.
	 * @param condition the condition of such a row
	 * @return the clause
	 */
	public ScopeClause orEveryone(String condition) {
		return new ScopeClause(this.organisationColumn, this.unitCondition, condition);
	}

	/**
	 * The condition, in parentheses.
	 * @return the SQL
	 */
	public String sql() {
		return "(" + ((this.everyone != null) ? this.everyone + " or " : "") + this.organisationColumn + " = any(:"
				+ ORGANISATIONS + ") or " + this.unitCondition + ")";
	}

	/**
	 * The condition for a statement whose text is the same for every scope (a report
	 * glued together once): true when {@code :scopeAll} is, else {@link #sql}. Its
	 * parameters come from {@link SqlWhere#scopeParams}.
	 * @return the SQL
	 */
	public String sqlOrAll() {
		return "(:" + ALL + " or " + sql() + ")";
	}

}
