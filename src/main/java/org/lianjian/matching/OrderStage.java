package org.lianjian.matching;

/**
 * The stage an open order waits in, each with its own deadline: 派单 (ordered or declined,
 * waiting for staff), 接单 (dispatched, waiting for the provider's reply), delivery
 * (accepted, waiting for the activity).
 */
public enum OrderStage {

	DISPATCH, REPLY, DELIVERY;

	public String messageKey() {
		return "matching.order.stage." + name();
	}

}
