package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;

/**
 * What was delivered against a commitment (履约记录), typed by a liaison or staff, or entered
 * automatically from a held activity.
 */
@Entity
@Table(name = "fulfilment")
@Getter
@Setter
class Fulfilment extends BaseEntity {

	@Column(nullable = false)
	private Long commitmentId = 0L;

	@Column(nullable = false)
	private Long agreementId = 0L;

	@Column(nullable = false)
	private LocalDate happenedOn = EntityClock.today();

	@Column(nullable = false)
	private String description = "";

	@Column(nullable = false)
	private BigDecimal quantity = BigDecimal.ZERO;

	private @Nullable Long activityId;

	private boolean automatic;

	private @Nullable String createdBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = EntityClock.instant();

}
