package org.lianjian.shared.security;

import java.util.List;
import java.util.Map;
import java.util.Collection;

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
	 * One unit in a drop-down.
	 *
	 * @param id the unit id
	 * @param name its name
	 */
	record Entry(Long id, String name) {

	}

}
