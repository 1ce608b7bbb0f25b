package org.lianjian.activity;

import org.lianjian.shared.web.NotFoundException;

/**
 * No activity with that id, or not one the current user may see.
 */
public class ActivityNotFoundException extends NotFoundException {

	ActivityNotFoundException(Long id) {
		super("activity " + id);
	}

	static ActivityNotFoundException forId(Long id) {
		return new ActivityNotFoundException(id);
	}

}
