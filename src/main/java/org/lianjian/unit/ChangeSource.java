package org.lianjian.unit;

/**
 * Where a recorded change came from.
 */
public enum ChangeSource {

	STAFF_EDIT, LIAISON_EDIT, CHANGE_REQUEST, IMPORT, LIAISON;

	public String messageKey() {
		return "unit.change.source." + name();
	}

}
