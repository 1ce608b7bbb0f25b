package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;

/**
 * A concrete commitment (承诺事项) of an agreement: who delivers what, how much per year.
 */
@Entity
@Table(name = "commitment")
@Getter
@Setter
class Commitment extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "agreement_id")
	private @Nullable JointBuildingAgreement agreement;

	private int sortOrder;

	@Column(nullable = false)
	private String description = "";

	/** The responsible unit, or null for the community side. */
	private @Nullable Long responsibleUnitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CooperationArea area = CooperationArea.OTHER;

	/** Yearly (or one-off) target; null for a qualitative commitment. */
	private @Nullable BigDecimal targetQuantity;

	/** The word a count is shown with (场, 个, 户); the measure decides what it counts. */
	private @Nullable String targetUnit;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CommitmentMeasure measure = CommitmentMeasure.SESSIONS;

	private boolean perYear = true;

	private @Nullable LocalDate dueDate;

}
