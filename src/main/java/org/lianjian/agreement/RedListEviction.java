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

	// one method per event, each taking it: the event publication registry marks a
	// listener's publication complete by its event, and the module documentation names it

	@TransactionalEventListener(fallbackExecution = true)
	void on(AgreementStatusChanged event) {
		forget();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(FulfilmentChanged event) {
		forget();
	}

	@TransactionalEventListener(fallbackExecution = true)
	void on(CommitmentTurnedRed event) {
		forget();
	}

	private void forget() {
		Objects.requireNonNull(this.caches.getCache(RagQueries.RED_CACHE)).invalidate();
	}

}
