package org.lianjian.activity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;

/**
 * One position reserved for a time range. The database refuses an overlapping booking
 * that is not cancelled (exclusion constraint {@code booking_no_overlap}).
 */
@Entity
@Table(name = "booking")
class Booking extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private Long positionId;

	@Column(nullable = false, updatable = false)
	private Instant startsAt;

	@Column(nullable = false, updatable = false)
	private Instant endsAt;

	@Column(nullable = false)
	private String purpose;

	private @Nullable Long activityId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BookingStatus status = BookingStatus.BOOKED;

	@Column(nullable = false, updatable = false)
	private Long bookedBy;

	@Column(nullable = false, updatable = false)
	private String bookedByName;

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	private @Nullable Instant cancelledAt;

	protected Booking() {
	}

	Booking(Long positionId, Instant startsAt, Instant endsAt, String purpose, @Nullable Long activityId, Long bookedBy,
			String bookedByName) {
		this.positionId = positionId;
		this.startsAt = startsAt;
		this.endsAt = endsAt;
		this.purpose = purpose;
		this.activityId = activityId;
		this.bookedBy = bookedBy;
		this.bookedByName = bookedByName;
	}

	@PrePersist
	void onCreate() {
		this.createdAt = EntityClock.instant();
	}

	void cancel() {
		this.status = BookingStatus.CANCELLED;
		this.cancelledAt = EntityClock.instant();
	}

	Long getPositionId() {
		return this.positionId;
	}

	Instant getStartsAt() {
		return this.startsAt;
	}

	Instant getEndsAt() {
		return this.endsAt;
	}

	String getPurpose() {
		return this.purpose;
	}

	@Nullable Long getActivityId() {
		return this.activityId;
	}

	BookingStatus getStatus() {
		return this.status;
	}

	Long getBookedBy() {
		return this.bookedBy;
	}

	String getBookedByName() {
		return this.bookedByName;
	}

}
