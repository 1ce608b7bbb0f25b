package org.lianjian.unit;

import org.lianjian.shared.web.NotFoundException;

/**
 * No unit with that id, or not one the current user may see.
 */
public class UnitNotFoundException extends NotFoundException {

	UnitNotFoundException(Long id) {
		super("unit " + id);
	}

	static UnitNotFoundException forId(Long id) {
		return new UnitNotFoundException(id);
	}

}
