package org.lianjian.shared.time;

import java.time.Clock;
import java.time.ZoneId;
import java.util.TimeZone;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one {@link Clock} of the portal, in the one configured zone ({@code portal.zone},
 * Asia/Shanghai by default: one sub-district in Shanghai, whatever the server's own zone
 * is). "Today", due dates, red lists and the nightly jobs all read this clock, so a test
 * can fix the date.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	/** The property naming the portal's zone. */
	public static final String ZONE_PROPERTY = "portal.zone";

	/** The zone when {@value #ZONE_PROPERTY} is not set. */
	public static final String DEFAULT_ZONE = "Asia/Shanghai";

	/**
	 * Makes the configured zone the JVM's default before any bean (and so any database
	 * connection) is created: the JDBC driver hands it to PostgreSQL as the session zone,
	 * so SQL's {@code current_date} agrees with the clock, and so do the log timestamps.
	 * @param environment where {@value #ZONE_PROPERTY} is read
	 * @return a post-processor that only sets the default zone
	 */
	@Bean
	static BeanFactoryPostProcessor portalDefaultZone(Environment environment) {
		ZoneId zone = zone(environment);
		return (beanFactory) -> TimeZone.setDefault(TimeZone.getTimeZone(zone));
	}

	@Bean
	Clock clock(Environment environment) {
		return Clock.system(zone(environment));
	}

	/**
	 * Hands the clock that the context injects (a test may put its own first) to
	 * {@link EntityClock}, for the default timestamps of entities.
	 * @param clock the clock every bean gets
	 * @return the binder
	 */
	@Bean
	SmartInitializingSingleton entityClockBinder(Clock clock) {
		return () -> EntityClock.use(clock);
	}

	/**
	 * The system clock in the default zone, for {@link EntityClock} until the context
	 * hands it the bean.
	 * @return the clock
	 */
	static Clock defaultClock() {
		return Clock.system(ZoneId.of(DEFAULT_ZONE));
	}

	/**
	 * The configured zone.
	 * @param environment where {@value #ZONE_PROPERTY} is read
	 * @return the zone, Asia/Shanghai by default
	 */
	public static ZoneId zone(Environment environment) {
		return ZoneId.of(environment.getProperty(ZONE_PROPERTY, DEFAULT_ZONE));
	}

}
