package org.lianjian.report;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;
import org.lianjian.shared.web.RuleViolationException;

/**
 * One year's evaluation of the resident units by the residential areas. Its lifecycle is
 * open → closed → published; an admin may reopen a closed round.
 */
@Entity
@Table(name = "evaluation_round")
@Getter
class EvaluationRound extends BaseEntity {

	static final BigDecimal DEFAULT_MIN_SCORE = new BigDecimal("85");

	@Column(nullable = false, updatable = false)
	private int year;

	@Column(nullable = false)
	private String title = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RoundStatus status = RoundStatus.OPEN;

	@Column(nullable = false, updatable = false)
	private Instant openedAt = EntityClock.instant();

	private @Nullable String openedBy;

	private @Nullable Instant closedAt;

	private @Nullable Instant publishedAt;

	private @Nullable Instant recognitionsConfirmedAt;

	private @Nullable String recognitionsConfirmedBy;

	/** The least weighted total a unit needs to be suggested for 先进 (default 85). */
	@Column(nullable = false)
	private BigDecimal advancedMinScore = DEFAULT_MIN_SCORE;

	protected EvaluationRound() {
	}

	EvaluationRound(int year, String title, String openedBy) {
		this.year = year;
		this.title = title;
		this.openedBy = openedBy;
	}

	boolean isOpen() {
		return this.status == RoundStatus.OPEN;
	}

	void requireOpen() {
		if (this.status != RoundStatus.OPEN) {
			throw new RuleViolationException(null, "evaluation.error.notOpen");
		}
	}

	void close() {
		requireOpen();
		this.status = RoundStatus.CLOSED;
		this.closedAt = EntityClock.instant();
	}

	void reopen() {
		if (this.status != RoundStatus.CLOSED) {
			throw new RuleViolationException(null, "evaluation.error.notClosed");
		}
		this.status = RoundStatus.OPEN;
		this.closedAt = null;
	}

	void publish() {
		if (this.status != RoundStatus.CLOSED) {
			throw new RuleViolationException(null, "evaluation.error.notClosed");
		}
		this.status = RoundStatus.PUBLISHED;
		this.publishedAt = EntityClock.instant();
	}

	/**
	 * Takes a published round back to closed, so that its recognitions can change; the
	 * caller logs it with the reason.
	 */
	void unpublish() {
		if (this.status != RoundStatus.PUBLISHED) {
			throw new RuleViolationException(null, "evaluation.error.notPublished");
		}
		this.status = RoundStatus.CLOSED;
		this.publishedAt = null;
	}

	/** Recognitions change only while the round is closed: frozen once published. */
	void recognitionsConfirmed(String by, Instant at) {
		if (this.status == RoundStatus.OPEN) {
			throw new RuleViolationException(null, "evaluation.error.stillOpen");
		}
		if (this.status == RoundStatus.PUBLISHED) {
			throw new RuleViolationException(null, "evaluation.error.recognitionsFrozen");
		}
		this.recognitionsConfirmedAt = at;
		this.recognitionsConfirmedBy = by;
	}

	/** The minimum score changes until the round is published. */
	void advancedMinScore(BigDecimal minScore) {
		if (this.status == RoundStatus.PUBLISHED) {
			throw new RuleViolationException("minScore", "evaluation.error.recognitionsFrozen");
		}
		this.advancedMinScore = minScore;
	}

}
