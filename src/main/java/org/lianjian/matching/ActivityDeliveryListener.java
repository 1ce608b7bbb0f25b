package org.lianjian.matching;

import org.lianjian.account.SystemPrincipal;
import org.lianjian.activity.ActivityCancelled;
import org.lianjian.activity.ActivityHeld;
import org.lianjian.activity.ActivityReopened;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Marks an order delivered when the activity that delivers it is held, and takes the
 * delivery back when that activity is reopened or cancelled: hears {@link ActivityHeld},
 * {@link ActivityReopened} and {@link ActivityCancelled} after the activity commits, and
 * runs with the system's scope (the listener has no user). The event stays in the
 * publication registry until this has run.
 */
@Component
class ActivityDeliveryListener {

	private final OrderDelivery delivery;

	ActivityDeliveryListener(OrderDelivery delivery) {
		this.delivery = delivery;
	}

	@ApplicationModuleListener
	void on(ActivityHeld event) {
		asSystem(() -> this.delivery.activityHeld(event.activityId(), event.by()));
	}

	/** Reopened: the order it delivered goes back to accepted. */
	@ApplicationModuleListener
	void on(ActivityReopened event) {
		asSystem(() -> this.delivery.activityUndone(event.activityId(), event.by(),
				"matching.history.deliveryUndone.reopened"));
	}

	/** Cancelled: the order it delivered goes back to accepted. */
	@ApplicationModuleListener
	void on(ActivityCancelled event) {
		asSystem(() -> this.delivery.activityUndone(event.activityId(), event.by(),
				"matching.history.deliveryUndone.cancelled"));
	}

	private static void asSystem(Runnable work) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(SystemPrincipal.authentication("matching-delivery"));
		SecurityContextHolder.setContext(system);
		try {
			work.run();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
