package org.lianjian.unit;

import java.util.List;
import java.util.Map;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * Resident units as the modules above unit (agreement, project, activity) list and name
 * them, in the current user's scope where the method says so. {@link UnitService}
 * implements it. The account module, which sits below unit, uses its own
 * {@link org.lianjian.account.ScopeUnits} instead, implemented here by
 * {@code AccountScopeUnits}.
 */
public interface UnitDirectory {

	/**
	 * Active units for a drop-down.
	 * @return id and name, ordered by name
	 */
	List<Entry> activeUnits();

	/**
	 * Names of units.
	 * @param ids unit ids
	 * @return id to name
	 */
	Map<Long, String> names(Collection<Long> ids);

	/**
	 * Active units the current user may see: all of them for staff, those of a
	 * secretary's residential areas, a liaison's own unit.
	 * @return id and name, ordered by name
	 */
	List<Entry> activeUnitsInScope();

	/**
	 * The name of a unit the current user may see (whose page they may open).
	 * @param id the unit
	 * @return its name; empty when it does not exist or lies outside the user's scope
	 */
	Optional<String> nameInScope(Long id);

	/**
	 * Of these units, those whose page the current user may open, by the rule the unit
	 * page applies (staff every unit, a secretary those of their residential areas, a
	 * liaison their own). A page names any other unit as plain text, not as a link that
	 * would answer 404.
	 * @param ids unit ids
	 * @return the ids among them the user may open
	 */
	Set<Long> openable(Collection<Long> ids);

	/**
	 * One unit in a drop-down.
	 *
	 * @param id the unit id
	 * @param name its name
	 */
	record Entry(Long id, String name) {

	}

}
