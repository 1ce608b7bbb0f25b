package org.lianjian.support;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context at {@link TestDatabase}, unless the test brings its
 * own database ({@code portal.test.own-database=true}).
 */
class TestDatabaseContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			var env = context.getEnvironment();
			// the fewest bcrypt rounds: the demo data's liaisons each get a one-time
			// password at every context start (the hashes stay bcrypt)
			env.getPropertySources()
				.addFirst(
						new MapPropertySource("portal-test-passwords", Map.of("portal.password.bcrypt-strength", "4")));
			if (env.getProperty("portal.test.own-database", Boolean.class, false)) {
				return;
			}
			TestDatabase.Connection db = TestDatabase.get();
			env.getPropertySources()
				.addFirst(new MapPropertySource("portal-test-database",
						Map.of("spring.datasource.url", db.url(), "spring.datasource.username", db.username(),
								"spring.datasource.password", db.password(), "portal.demo-data", "true",
								"spring.datasource.hikari.maximum-pool-size", "8")));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Customizer;
		}

		@Override
		public int hashCode() {
			return Customizer.class.hashCode();
		}

	}

}
