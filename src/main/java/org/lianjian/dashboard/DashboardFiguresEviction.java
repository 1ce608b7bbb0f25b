package org.lianjian.dashboard;

import java.util.Objects;

import org.lianjian.activity.ActivityCancelled;
import org.lianjian.activity.ActivityHeld;
import org.lianjian.activity.ActivityReopened;
import org.lianjian.unit.LiaisonAppointed;
import org.lianjian.unit.LiaisonEnded;
import org.lianjian.unit.UnitMovedOut;

import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Empties the cache of the staff figures ({@link DashboardFigures#CACHE}) after the
 * commit of a change that alters them: the month's hours (an activity held, corrected,
 * reopened or cancelled), the vacant units (a liaison appointed or ended) and the active
 * units (a unit moving out). After the commit, and not inside the writing transaction,
 * where a reader could fill it again from the data before the change. It runs in the
 * writer's thread right after the commit, so the page the writer is sent to already
 * counts the change.
 */
@Component
class DashboardFiguresEviction {

	private final CacheManager caches;

	DashboardFiguresEviction(CacheManager caches) {
		this.caches = caches;
	}

	// one method per event, each taking it: the event publication registry marks a
	// listener's publication complete by its event, and the module documentation names it

	@TransactionalEventListener(fallbackExecution = true)
	void on(ActivityHeld event) {
		forget();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ActivityReopened event) {
		forget();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(ActivityCancelled event) {
		forget();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(LiaisonAppointed event) {
		forget();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(LiaisonEnded event) {
		forget();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(UnitMovedOut event) {
		forget();
	}

	private void forget() {
		Objects.requireNonNull(this.caches.getCache(DashboardFigures.CACHE)).invalidate();
	}

}
