package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the commitments that turned red and publishes {@link CommitmentTurnedRed} once
 * per turn. {@code commitment.red_since} (V100) remembers which commitments were red when
 * last judged ({@link RagQueries#markRed}): a commitment judged red without it turned red
 * now; one no longer judged red loses it, so a later turn is published again. It runs in
 * the transaction of every change that can move a commitment into the red (fulfilment
 * logged, changed or removed, an agreement approved, terminated or expired), for that
 * agreement, and from the nightly job for every agreement in force, since time alone
 * turns a commitment red.
 */
@Component
class RedWatch {

	private final RagQueries rag;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RedWatch(RagQueries rag, ApplicationEventPublisher events, Clock clock) {
		this.rag = rag;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Judges the commitments of some agreements today, inside the caller's transaction
	 * (whose changes must be flushed).
	 * @param agreementIds the agreements
	 */
	void check(Collection<Long> agreementIds) {
		if (!agreementIds.isEmpty()) {
			judge(agreementIds, LocalDate.now(this.clock));
		}
	}

	/**
	 * Judges every commitment in force on a day (the nightly job).
	 * @param today the day
	 * @return how many turned red
	 */
	@Transactional
	int checkAll(LocalDate today) {
		return judge(null, today);
	}

	private int judge(@Nullable Collection<Long> agreementIds, LocalDate today) {
		Map<Long, Long> turned = this.rag.markRed(agreementIds, today);
		turned.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((e) -> this.events.publishEvent(new CommitmentTurnedRed(e.getValue(), e.getKey(), today)));
		return turned.size();
	}

}
