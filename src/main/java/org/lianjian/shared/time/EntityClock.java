package org.lianjian.shared.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The portal's clock for entities, which Hibernate creates and so cannot have it
 * injected: their field defaults and {@code @PrePersist}/{@code @PreUpdate} timestamps
 * read it here. {@link TimeConfiguration} sets it from the {@link Clock} bean at
 * start-up. Everything that Spring creates injects the {@link Clock} instead.
 */
public final class EntityClock {

	private static volatile Clock clock = TimeConfiguration.defaultClock();

	private EntityClock() {
	}

	static void use(Clock bean) {
		clock = bean;
	}

	/**
	 * The current instant.
	 * @return the current instant
	 */
	public static Instant instant() {
		return clock.instant();
	}

	/**
	 * Today in the portal's zone.
	 * @return today in the portal's zone
	 */
	public static LocalDate today() {
		return LocalDate.now(clock);
	}

	/**
	 * The current date and time in the portal's zone.
	 * @return the current date and time in the portal's zone
	 */
	public static LocalDateTime dateTime() {
		return LocalDateTime.now(clock);
	}

}
