package org.lianjian.unit;

import org.lianjian.shared.sql.ScopeClause;

/**
 * The data scope of units, as SQL, for every query that reads units or reaches them
 * through a link table: a unit is in scope for staff, for its own liaison, and for the
 * secretary of the residential area it lies in ({@code account.DataScope.coversUnit}). It
 * applies to {@code resident_unit} and to the view {@code unit_directory}.
 */
public final class UnitScope {

	/** The units a user may see, on a unit aliased {@code u}. */
	public static final ScopeClause UNITS = on("u");

	private UnitScope() {
	}

	/**
	 * The units a user may see, on a unit with another alias (a partner unit joined to
	 * another module's row, for example).
	 * @param alias the alias of {@code resident_unit} or {@code unit_directory}
	 * @return the clause
	 */
	public static ScopeClause on(String alias) {
		return ScopeClause.of(alias + ".residential_area_id", alias + ".id = :" + ScopeClause.UNIT);
	}

}
