package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;

/**
 * An order (点单) of a menu item for a need, and its flow: 派单 to a provider unit, 接单 or a
 * decline back to staff, delivery through a held activity, 评单 by whoever ordered it. Each
 * step checks the status it starts from ({@link OrderStep}); each stage carries its due
 * date and the date it turns red ({@link Deadline}).
 */
@Entity
@Table(name = "service_order")
@Getter
class ServiceOrder extends BaseEntity {

	@Column(nullable = false)
	private Long needId = 0L;

	@Column(nullable = false)
	private Long resourceId = 0L;

	@Column(nullable = false)
	private String orderedBy = "";

	@Column(nullable = false)
	private LocalDate orderedOn = LocalDate.EPOCH;

	@Column(nullable = false)
	private LocalDate wantedDate = LocalDate.EPOCH;

	/** In the resource's measure; counts against its capacity in the year ordered. */
	@Column(nullable = false)
	private BigDecimal quantity = BigDecimal.ONE;

	private @Nullable String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrderStatus status = OrderStatus.ORDERED;

	private @Nullable Long providerUnitId;

	private @Nullable String dispatchedBy;

	private @Nullable LocalDate dispatchedOn;

	private @Nullable LocalDate replyBy;

	private @Nullable LocalDate acceptedOn;

	private @Nullable LocalDate plannedDate;

	private @Nullable String declineReason;

	private @Nullable Long activityId;

	private @Nullable LocalDate deliveredOn;

	private @Nullable BigDecimal hours;

	private @Nullable Integer peopleServed;

	private @Nullable Integer rating;

	private @Nullable String ratingComment;

	private @Nullable LocalDate ratedOn;

	private @Nullable String cancelReason;

	private @Nullable LocalDate dispatchDue;

	private @Nullable LocalDate dispatchRed;

	private @Nullable LocalDate replyDue;

	private @Nullable LocalDate replyRed;

	private @Nullable LocalDate deliveryDue;

	private @Nullable LocalDate deliveryRed;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = EntityClock.instant();

	@Column(nullable = false)
	private Instant updatedAt = EntityClock.instant();

	protected ServiceOrder() {
	}

	/**
	 * A new order, waiting for dispatch.
	 * @param needId the need
	 * @param resourceId the menu item
	 * @param orderedBy the user who ordered it (and may rate it)
	 * @param orderedOn the day
	 * @param wantedDate when the service is wanted (the delivery's due date)
	 * @param quantity how much, in the item's measure
	 * @param note a note to staff and the provider
	 * @param dispatch the dispatch stage's deadline
	 * @param delivery the delivery stage's deadline
	 */
	ServiceOrder(Long needId, Long resourceId, String orderedBy, LocalDate orderedOn, LocalDate wantedDate,
			BigDecimal quantity, @Nullable String note, Deadline dispatch, Deadline delivery) {
		this.needId = needId;
		this.resourceId = resourceId;
		this.orderedBy = orderedBy;
		this.orderedOn = orderedOn;
		this.wantedDate = wantedDate;
		this.quantity = quantity;
		this.note = note;
		this.dispatchDue = dispatch.due();
		this.dispatchRed = dispatch.red();
		this.deliveryDue = delivery.due();
		this.deliveryRed = delivery.red();
	}

	private void check(OrderStep step) {
		if (!step.allowedFrom(this.status)) {
			throw new OrderStepRefused(step, this.status);
		}
	}

	/** 派单: to a provider unit (null: the community's own item), with a reply-by date. */
	void dispatch(@Nullable Long providerUnitId, LocalDate replyBy, String by, LocalDate on, Deadline reply) {
		check(OrderStep.DISPATCH);
		this.providerUnitId = providerUnitId;
		this.replyBy = replyBy;
		this.dispatchedBy = by;
		this.dispatchedOn = on;
		this.declineReason = null;
		this.replyDue = reply.due();
		this.replyRed = reply.red();
		this.status = OrderStatus.DISPATCHED;
	}

	/** 接单 with a planned date. */
	void accept(LocalDate plannedDate, LocalDate on) {
		check(OrderStep.ACCEPT);
		this.plannedDate = plannedDate;
		this.acceptedOn = on;
		this.status = OrderStatus.ACCEPTED;
	}

	/**
	 * A decline with a reason: back to staff, who dispatch it again within a new
	 * deadline.
	 */
	void decline(String reason, Deadline dispatchAgain) {
		check(OrderStep.DECLINE);
		this.declineReason = reason;
		this.dispatchDue = dispatchAgain.due();
		this.dispatchRed = dispatchAgain.red();
		this.status = OrderStatus.DECLINED;
	}

	/** Names the activity that delivers it (held now or later); only once accepted. */
	void linkActivity(Long activityId) {
		check(OrderStep.DELIVER);
		this.activityId = activityId;
	}

	/** Delivered by a held activity, with its hours and the people served. */
	void deliver(Long activityId, LocalDate on, BigDecimal hours, @Nullable Integer peopleServed) {
		check(OrderStep.DELIVER);
		this.activityId = activityId;
		this.deliveredOn = on;
		this.hours = hours;
		this.peopleServed = peopleServed;
		this.status = OrderStatus.DELIVERED;
	}

	/** Corrected figures of the activity that delivered it. */
	void correctDelivery(BigDecimal hours, @Nullable Integer peopleServed) {
		this.hours = hours;
		this.peopleServed = peopleServed;
	}

	/**
	 * The activity that delivered it was reopened or cancelled: back to accepted (接单),
	 * its delivery figures and any rating of that delivery taken off; the activity stays
	 * named, so holding it again delivers the order again.
	 */
	void undoDelivery() {
		if (this.status != OrderStatus.DELIVERED && this.status != OrderStatus.RATED) {
			throw new OrderStepRefused(OrderStep.DELIVER, this.status);
		}
		this.deliveredOn = null;
		this.hours = null;
		this.peopleServed = null;
		this.rating = null;
		this.ratingComment = null;
		this.ratedOn = null;
		this.status = OrderStatus.ACCEPTED;
	}

	/** 评单: 1 to 5 with a comment. */
	void rate(int rating, @Nullable String comment, LocalDate on) {
		check(OrderStep.RATE);
		this.rating = rating;
		this.ratingComment = comment;
		this.ratedOn = on;
		this.status = OrderStatus.RATED;
	}

	/** Withdrawn before it was accepted. */
	void cancel(String reason) {
		check(OrderStep.CANCEL);
		this.cancelReason = reason;
		this.status = OrderStatus.CANCELLED;
	}

	/**
	 * The due date and red date of the stage that is open now, if any.
	 * @return the deadline, or null when no stage waits (delivered, rated, cancelled)
	 */
	@Nullable Deadline openStage() {
		return switch (this.status) {
			case ORDERED, DECLINED -> Deadline.of(this.dispatchDue, this.dispatchRed);
			case DISPATCHED -> Deadline.of(this.replyDue, this.replyRed);
			case ACCEPTED -> Deadline.of(this.deliveryDue, this.deliveryRed);
			default -> null;
		};
	}

	@PrePersist
	void onCreate() {
		this.createdAt = EntityClock.instant();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = EntityClock.instant();
	}

}
