package org.lianjian.matching;

import java.util.EnumSet;
import java.util.Set;

/**
 * The steps of the order flow and the statuses each may start from. A step posted from
 * any other status is refused with a message ({@link OrderStepRefused}).
 */
public enum OrderStep {

	DISPATCH(EnumSet.of(OrderStatus.ORDERED, OrderStatus.DECLINED), OrderStatus.DISPATCHED),
	ACCEPT(EnumSet.of(OrderStatus.DISPATCHED), OrderStatus.ACCEPTED),
	DECLINE(EnumSet.of(OrderStatus.DISPATCHED), OrderStatus.DECLINED),
	DELIVER(EnumSet.of(OrderStatus.ACCEPTED), OrderStatus.DELIVERED),
	RATE(EnumSet.of(OrderStatus.DELIVERED), OrderStatus.RATED),
	CANCEL(EnumSet.of(OrderStatus.ORDERED, OrderStatus.DISPATCHED, OrderStatus.DECLINED), OrderStatus.CANCELLED);

	private final Set<OrderStatus> from;

	private final OrderStatus to;

	OrderStep(Set<OrderStatus> from, OrderStatus to) {
		this.from = from;
		this.to = to;
	}

	public boolean allowedFrom(OrderStatus status) {
		return this.from.contains(status);
	}

	public OrderStatus to() {
		return this.to;
	}

	public String messageKey() {
		return "matching.order.step." + name();
	}

}
