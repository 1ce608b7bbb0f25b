package org.lianjian.agreement;

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
 * A pairing (结对): an organisation with a unit, or a branch with a branch.
 */
@Entity
@Table(name = "pairing")
@Getter
@Setter
class Pairing extends BaseEntity {

	@Column(nullable = false)
	private Long organisationId = 0L;

	private @Nullable Long unitId;

	private @Nullable Long partnerOrgId;

	@Column(nullable = false)
	private LocalDate startDate = EntityClock.today();

	private @Nullable LocalDate endDate;

	private @Nullable String note;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = EntityClock.instant();

	boolean isActiveOn(LocalDate day) {
		return !this.startDate.isAfter(day) && (this.endDate == null || !this.endDate.isBefore(day));
	}

}
