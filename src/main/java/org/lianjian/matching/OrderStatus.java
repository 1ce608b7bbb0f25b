package org.lianjian.matching;

import java.util.EnumSet;
import java.util.Set;

/**
 * An order's status: 待派单 (ordered) → 待接单 (dispatched) → 已接单 (accepted) → 已交付 (delivered)
 * → 已评价 (rated). A provider's decline returns it to staff (已退回), who dispatch it again;
 * an order not yet accepted may be cancelled (已取消).
 */
public enum OrderStatus implements HistoryLine.Status {

	ORDERED, DISPATCHED, ACCEPTED, DECLINED, DELIVERED, RATED, CANCELLED;

	/** Orders that count against a resource's capacity. */
	public static final Set<OrderStatus> COUNTING = EnumSet.of(ORDERED, DISPATCHED, ACCEPTED, DELIVERED, RATED);

	/** Orders waiting for staff to dispatch them. */
	public static final Set<OrderStatus> TO_DISPATCH = EnumSet.of(ORDERED, DECLINED);

	@Override
	public String messageKey() {
		return "matching.order.status." + name();
	}

}
