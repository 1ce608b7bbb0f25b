package org.lianjian.shared.sql;

import java.util.Set;

/**
 * What a query needs to know of the current user's scope (the account module's
 * {@code DataScope} is one): whether they see everything, and otherwise their
 * organisations and their unit.
 */
public interface RowScope {

	/**
	 * Whether the user sees every row.
	 * @return true for staff and admins
	 */
	boolean isAll();

	/**
	 * The organisations in scope, never empty (an impossible id stands in for none).
	 * @return the ids
	 */
	Set<Long> organisationIdsForQuery();

	/**
	 * The unit in scope, or an impossible id.
	 * @return the id
	 */
	long unitIdForQuery();

}
