package org.lianjian.shared.security;

import java.util.List;
import java.util.Map;
import java.util.Collection;
import java.util.Optional;

/**
 * Lets modules that sit below the unit module (accounts) list and name resident units
 * without depending on it. The unit module provides the implementation.
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
	 * One unit in a drop-down.
	 *
	 * @param id the unit id
	 * @param name its name
	 */
	record Entry(Long id, String name) {

	}

}
