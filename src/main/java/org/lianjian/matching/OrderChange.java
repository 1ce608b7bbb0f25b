package org.lianjian.matching;

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
 * One order transition: who, when, from which status to which, and a note. Append only.
 */
@Entity
@Table(name = "service_order_change")
@Getter
class OrderChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private Long orderId = 0L;

	@Column(nullable = false)
	private Instant changedAt = EntityClock.instant();

	private @Nullable String changedBy;

	@Enumerated(EnumType.STRING)
	private @Nullable OrderStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrderStatus toStatus = OrderStatus.ORDERED;

	private @Nullable String note;

	protected OrderChange() {
	}

	OrderChange(Long orderId, @Nullable String changedBy, @Nullable OrderStatus from, OrderStatus to,
			@Nullable String note) {
		this.orderId = orderId;
		this.changedBy = changedBy;
		this.fromStatus = from;
		this.toStatus = to;
		this.note = (note == null || note.length() <= 1000) ? note : note.substring(0, 1000);
	}

}
