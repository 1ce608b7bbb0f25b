package org.lianjian.unit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;

/**
 * A liaison asks staff to change a protected field of their unit.
 */
@Entity
@Table(name = "unit_change_request")
@Getter
@Setter
class UnitChangeRequest extends BaseEntity {

	@Column(nullable = false)
	private Long unitId = 0L;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProtectedField field = ProtectedField.NAME;

	private @Nullable String currentValue;

	@Column(nullable = false)
	private String proposedValue = "";

	private @Nullable String comment;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ChangeRequestStatus status = ChangeRequestStatus.PENDING;

	@Column(nullable = false)
	private String requestedBy = "";

	@Column(nullable = false)
	private Instant requestedAt = EntityClock.instant();

	private @Nullable String decidedBy;

	private @Nullable Instant decidedAt;

	private @Nullable String decisionReason;

}
