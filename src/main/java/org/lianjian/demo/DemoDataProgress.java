package org.lianjian.demo;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether the demo data may still be on its way. With demo data enabled, the portal
 * starts out "preparing": the web server already answers, but {@link DemoDataGate}
 * answers 503 until the loader has filled the database (or found it filled), so nobody
 * meets a login page whose accounts do not exist yet. The readiness probe refuses traffic
 * meanwhile: Boot's readiness state only turns to accepting once the start-up runners are
 * done, and a preparation begun after that (in tests) turns it back for its duration.
 */
@Component
class DemoDataProgress {

	private final ApplicationEventPublisher events;

	private final ApplicationAvailability availability;

	private volatile boolean preparing;

	private volatile boolean refusedTraffic;

	DemoDataProgress(Environment env, ApplicationEventPublisher events, ApplicationAvailability availability) {
		this.events = events;
		this.availability = availability;
		this.preparing = DemoDataLoader.demoDataEnabled(env);
	}

	boolean isPreparing() {
		return this.preparing;
	}

	/** The demo data is being generated from now on. */
	synchronized void started() {
		this.preparing = true;
		if (this.availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
			this.refusedTraffic = true;
			AvailabilityChangeEvent.publish(this.events, this, ReadinessState.REFUSING_TRAFFIC);
		}
	}

	/** The demo data is there, or will not come: the gate opens. */
	synchronized void finished() {
		this.preparing = false;
		if (this.refusedTraffic) {
			this.refusedTraffic = false;
			AvailabilityChangeEvent.publish(this.events, this, ReadinessState.ACCEPTING_TRAFFIC);
		}
	}

}
