package org.lianjian.support;

import java.util.List;

import org.lianjian.shared.time.TimeConfiguration;

import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Puts {@link TestClock} (in the configured {@code portal.zone}) in every Spring test
 * context as the primary {@link java.time.Clock}, so a test can stop the portal's time
 * without a context of its own: {@code @Autowired TestClock clock}.
 */
class TestClockContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		return new Customizer();
	}

	static final class Customizer implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestClock clock = TestClock.in(TimeConfiguration.zone(context.getEnvironment()));
			RootBeanDefinition definition = new RootBeanDefinition(TestClock.class, () -> clock);
			definition.setPrimary(true);
			((BeanDefinitionRegistry) context).registerBeanDefinition("testClock", definition);
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
