package org.lianjian.demo;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps Boot's own error view resolver (templates/error/404.html and the others) next to
 * {@link DemoDataGate}'s: Boot registers its resolver only while no other exists.
 */
@Configuration(proxyBeanMethods = false)
class ErrorViewsConfiguration {

	@Bean
	DefaultErrorViewResolver conventionErrorViewResolver(ApplicationContext context, WebProperties web) {
		return new DefaultErrorViewResolver(context, web.getResources());
	}

}
