package org.lianjian.agreement;

import java.util.Objects;

import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Empties the cache of red lists ({@link RagQueries#RED_CACHE}) after the commit of a
 * change that can alter them, and not before: emptied inside the writing transaction, a
 * reader could fill it again from the data before the change and keep it until it
 * expires.
 */
@Component
class RedListEviction {

	private final CacheManager caches;

	RedListEviction(CacheManager caches) {
		this.caches = caches;
	}

	@TransactionalEventListener(
			classes = { AgreementStatusChanged.class, FulfilmentChanged.class, CommitmentTurnedRed.class },
			fallbackExecution = true)
	// the event is the first parameter, by which the event publication registry marks
	// this listener's publication complete
	void forgetRedLists(Object event) {
		Objects.requireNonNull(this.caches.getCache(RagQueries.RED_CACHE)).invalidate();
	}

}
