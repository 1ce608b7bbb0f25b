package org.lianjian.holiday;

import java.util.Objects;

import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Empties the calendar's cache ({@link HolidayCalendar#CACHE}) once an edit's transaction
 * has ended, not before: emptied inside it, a reader could fill it again from the days
 * before the edit. After a rollback too, since a page read inside the edit's own
 * transaction may have cached days that were never committed.
 */
@Component
class HolidayCalendarEviction {

	private final CacheManager caches;

	HolidayCalendarEviction(CacheManager caches) {
		this.caches = caches;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
	void on(HolidayCalendarChanged event) {
		Objects.requireNonNull(this.caches.getCache(HolidayCalendar.CACHE)).evict(event.year());
	}

}
