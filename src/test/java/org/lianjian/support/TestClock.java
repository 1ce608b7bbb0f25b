package org.lianjian.support;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * The portal's {@link Clock} in every test context
 * ({@link TestClockContextCustomizerFactory} puts it first): it runs with the system
 * clock until a test stops it at a moment of its choosing, and runs again after
 * {@link #reset()}. One instance per zone for the whole JVM, so the contexts that tests
 * share, and the entities' {@code EntityClock}, all read the same one. A test that sets
 * it resets it afterwards.
 */
public final class TestClock extends Clock {

	private static final Map<ZoneId, TestClock> CLOCKS = new ConcurrentHashMap<>();

	private final ZoneId zone;

	private volatile @Nullable Instant stopped;

	private TestClock(ZoneId zone) {
		this.zone = zone;
	}

	static TestClock in(ZoneId zone) {
		return CLOCKS.computeIfAbsent(zone, TestClock::new);
	}

	/**
	 * Stops the clock at a moment.
	 * @param instant the moment every bean reads from now on
	 */
	public void stopAt(Instant instant) {
		this.stopped = instant;
	}

	/**
	 * Stops the clock at a local date and time in the portal's zone.
	 * @param local the date and time, in the portal's zone
	 */
	public void stopAt(LocalDateTime local) {
		stopAt(local.atZone(this.zone).toInstant());
	}

	/** Lets the clock run with the system's time again. */
	public void reset() {
		this.stopped = null;
	}

	@Override
	public ZoneId getZone() {
		return this.zone;
	}

	@Override
	public Clock withZone(ZoneId other) {
		TestClock self = this;
		return new Clock() {

			@Override
			public ZoneId getZone() {
				return other;
			}

			@Override
			public Clock withZone(ZoneId next) {
				return self.withZone(next);
			}

			@Override
			public Instant instant() {
				return self.instant();
			}

		};
	}

	@Override
	public Instant instant() {
		Instant at = this.stopped;
		return (at != null) ? at : Instant.now();
	}

}
