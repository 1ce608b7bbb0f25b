package org.lianjian.report;

import java.math.BigDecimal;

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

/**
 * A criterion of a round with its weight. Part of the round: edited only while the round
 * is open and nothing is scored, under the round's version.
 */
@Entity
@Table(name = "evaluation_criterion")
@Getter
class EvaluationCriterion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, updatable = false)
	private Long roundId = 0L;

	@Column(nullable = false)
	private String code = "";

	@Column(nullable = false)
	private String name = "";

	@Column(nullable = false)
	private BigDecimal weight = BigDecimal.ONE;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Evidence evidence = Evidence.NONE;

	private int sortOrder;

	protected EvaluationCriterion() {
	}

	EvaluationCriterion(Long roundId, String code, String name, BigDecimal weight, Evidence evidence, int sortOrder) {
		this.roundId = roundId;
		this.code = code;
		this.name = name;
		this.weight = weight;
		this.evidence = evidence;
		this.sortOrder = sortOrder;
	}

}
