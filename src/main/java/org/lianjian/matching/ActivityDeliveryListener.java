package org.lianjian.matching;

import org.lianjian.account.SystemPrincipal;
import org.lianjian.activity.ActivityHeld;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Marks an order delivered when the activity that delivers it is held: hears
 * {@link ActivityHeld} after the activity commits, and runs with the system's scope (the
 * listener has no user). The event stays in the publication registry until this has run.
 */
@Component
class ActivityDeliveryListener {

	private final OrderDelivery delivery;

	ActivityDeliveryListener(OrderDelivery delivery) {
		this.delivery = delivery;
	}

	@ApplicationModuleListener
	void on(ActivityHeld event) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(SystemPrincipal.authentication("matching-delivery"));
		SecurityContextHolder.setContext(system);
		try {
			this.delivery.activityHeld(event.activityId(), event.by());
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
