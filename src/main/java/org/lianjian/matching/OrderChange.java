package org.lianjian.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;

/**
 * One order transition: who, when, from which status to which, and a note. Append only.
 */
@Entity
@Table(name = "service_order_change")
@Getter
class OrderChange extends HistoryLine {

	@Column(nullable = false)
	private Long orderId = 0L;

	@Enumerated(EnumType.STRING)
	private @Nullable OrderStatus fromStatus;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrderStatus toStatus = OrderStatus.ORDERED;

	protected OrderChange() {
	}

	OrderChange(Long orderId, @Nullable String changedBy, @Nullable OrderStatus from, OrderStatus to,
			HistoryNote note) {
		super(changedBy, note);
		this.orderId = orderId;
		this.fromStatus = from;
		this.toStatus = to;
	}

}
