package org.lianjian.report;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.time.EntityClock;

/**
 * A recognition (先进单位 / 先进党组织) staff confirmed for a unit, with the total and rank it
 * rested on.
 */
@Entity
@Table(name = "evaluation_recognition")
@Getter
class EvaluationRecognition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, updatable = false)
	private Long roundId = 0L;

	@Column(nullable = false, updatable = false)
	private Long unitId = 0L;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private RecognitionTitle title = RecognitionTitle.ADVANCED_UNIT;

	@Column(nullable = false, updatable = false)
	private String category = "";

	@Column(nullable = false, updatable = false)
	private int categoryRank;

	@Column(nullable = false, updatable = false)
	private BigDecimal total = BigDecimal.ZERO;

	@Column(nullable = false, updatable = false)
	private String confirmedBy = "";

	@Column(nullable = false, updatable = false)
	private Instant confirmedAt = EntityClock.instant();

	protected EvaluationRecognition() {
	}

	EvaluationRecognition(Long roundId, Long unitId, RecognitionTitle title, String category, int categoryRank,
			BigDecimal total, String confirmedBy) {
		this.roundId = roundId;
		this.unitId = unitId;
		this.title = title;
		this.category = category;
		this.categoryRank = categoryRank;
		this.total = total;
		this.confirmedBy = confirmedBy;
	}

}
