package org.lianjian.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.time.EntityClock;

/**
 * An entry of a round's append-only lifecycle log: opened, closed (with the number of
 * units left unscored, when the closing confirmed it), reopened or taken back from
 * publication (with the admin's reason), published, recognitions confirmed, the "先进"
 * minimum score changed (old and new).
 */
@Entity
@Table(name = "evaluation_round_event")
@Getter
class RoundEvent {

	static final String OPENED = "OPENED", CLOSED = "CLOSED", REOPENED = "REOPENED", PUBLISHED = "PUBLISHED",
			CRITERIA_CHANGED = "CRITERIA", RECOGNITIONS = "RECOGNITIONS", CLOSED_UNSCORED = "CLOSED_UNSCORED",
			UNPUBLISHED = "UNPUBLISHED", THRESHOLD = "THRESHOLD";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, updatable = false)
	private Long roundId = 0L;

	@Column(nullable = false, updatable = false)
	private String event = "";

	@Column(nullable = false, updatable = false)
	private String actor = "";

	@Column(updatable = false)
	private @Nullable String reason;

	@Column(nullable = false, updatable = false)
	private Instant occurredAt = EntityClock.instant();

	protected RoundEvent() {
	}

	RoundEvent(Long roundId, String event, String actor, @Nullable String reason) {
		this.roundId = roundId;
		this.event = event;
		this.actor = actor;
		this.reason = reason;
	}

}
