package org.lianjian.activity;

import org.lianjian.shared.web.NotFoundException;

/**
 * No private calendar feed with that token (wrong, replaced, or of a disabled account).
 */
class CalendarFeedNotFoundException extends NotFoundException {

	CalendarFeedNotFoundException() {
		super("calendar feed");
	}

}
