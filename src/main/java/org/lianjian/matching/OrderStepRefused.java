package org.lianjian.matching;

import org.lianjian.shared.web.RuleViolationException;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * An order step its status does not allow (a stale page or a hand-made post): shown as a
 * message, never a 500. The arguments resolve to the step and status in the reader's
 * language.
 */
public class OrderStepRefused extends RuleViolationException {

	OrderStepRefused(OrderStep step, OrderStatus actual) {
		super(null, "matching.order.step.refused", new DefaultMessageSourceResolvable(step.messageKey()),
				new DefaultMessageSourceResolvable(actual.messageKey()));
	}

}
