package org.lianjian.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;

/**
 * One unit's scores in one round, given by the residential area it lies in, and the
 * unit's response once the round is published.
 */
@Entity
@Table(name = "evaluation_sheet")
@Getter
class EvaluationSheet extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private Long roundId = 0L;

	@Column(nullable = false, updatable = false)
	private Long unitId = 0L;

	@Column(nullable = false)
	private Long evaluatorOrgId = 0L;

	private @Nullable String scoredBy;

	@Column(nullable = false)
	private Instant scoredAt = EntityClock.instant();

	private @Nullable String response;

	private @Nullable String respondedBy;

	private @Nullable Instant respondedAt;

	@ElementCollection
	@CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "sheet_id"))
	@MapKeyColumn(name = "criterion_id")
	private Map<Long, Score> scores = new HashMap<>();

	protected EvaluationSheet() {
	}

	EvaluationSheet(Long roundId, Long unitId, Long evaluatorOrgId) {
		this.roundId = roundId;
		this.unitId = unitId;
		this.evaluatorOrgId = evaluatorOrgId;
	}

	void scored(Map<Long, Score> newScores, Long evaluatorOrgId, String by) {
		this.scores.clear();
		this.scores.putAll(newScores);
		this.evaluatorOrgId = evaluatorOrgId;
		this.scoredBy = by;
		this.scoredAt = EntityClock.instant();
	}

	void responded(String text, String by) {
		this.response = text;
		this.respondedBy = by;
		this.respondedAt = EntityClock.instant();
	}

	/**
	 * One criterion's score and comment.
	 */
	@Embeddable
	@Getter
	static class Score {

		@Column(nullable = false)
		private BigDecimal score = BigDecimal.ZERO;

		private @Nullable String comment;

		protected Score() {
		}

		Score(BigDecimal score, @Nullable String comment) {
			this.score = score;
			this.comment = comment;
		}

	}

}
