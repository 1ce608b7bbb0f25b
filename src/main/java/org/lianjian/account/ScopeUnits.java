package org.lianjian.account;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The resident units an account's scope can point at: the account form offers them to a
 * liaison's account, and an account's page names the unit behind its scope. The unit
 * module sits above this one (it needs the data scope), so this module declares what it
 * needs here and the unit module implements it; account never depends on unit.
 */
public interface ScopeUnits {

	/**
	 * Active units for the account form's drop-down.
	 * @return id and name, ordered by name
	 */
	List<Option> activeUnits();

	/**
	 * Names of units.
	 * @param ids unit ids
	 * @return id to name
	 */
	Map<Long, String> names(Collection<Long> ids);

	/**
	 * One unit in the drop-down.
	 *
	 * @param id the unit id
	 * @param name its name
	 */
	record Option(Long id, String name) {

	}

}
