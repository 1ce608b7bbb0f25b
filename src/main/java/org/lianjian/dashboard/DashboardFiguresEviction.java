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

	@TransactionalEventListener(classes = { ActivityHeld.class, ActivityReopened.class, ActivityCancelled.class,
			LiaisonAppointed.class, LiaisonEnded.class, UnitMovedOut.class }, fallbackExecution = true)
	// the event is the first parameter, by which the event publication registry marks
	// this listener's publication complete
	void forgetFigures(Object event) {
		Objects.requireNonNull(this.caches.getCache(DashboardFigures.CACHE)).invalidate();
	}

}
