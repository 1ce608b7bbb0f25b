package org.lianjian.unit;

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
 * A liaison (联络员) appointed by a unit, for a period. Ending an appointment sets the end
 * date; the record stays as history.
 */
@Entity
@Table(name = "liaison")
@Getter
@Setter
class Liaison extends BaseEntity {

	@Column(nullable = false)
	private Long unitId = 0L;

	@Column(nullable = false)
	private String personName = "";

	private @Nullable String position;

	private @Nullable String department;

	private @Nullable String phone;

	private @Nullable String email;

	@Column(name = "is_primary", nullable = false)
	private boolean primary;

	@Column(nullable = false)
	private LocalDate startDate = EntityClock.today();

	private @Nullable LocalDate endDate;

	/** The LIAISON account linked to this appointment (account module, by id). */
	private @Nullable Long accountId;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = EntityClock.instant();

	/**
	 * Active until its end date is set; an appointment ended today is no longer active.
	 */
	boolean isActive() {
		return this.endDate == null;
	}

}
