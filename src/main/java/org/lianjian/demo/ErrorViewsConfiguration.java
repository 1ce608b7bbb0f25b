package org.lianjian.demo;

import org.lianjian.shared.web.ErrorPageViewResolver;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Keeps Boot's own error view resolver (templates/error/404.html and the others) next to
 * {@link DemoDataGate}'s: Boot registers its resolver only while no other exists. It is
 * the portal's variant, which leaves Boot's English reason phrase out of the model.
 */
@Configuration(proxyBeanMethods = false)
class ErrorViewsConfiguration {

	@Bean
	DefaultErrorViewResolver conventionErrorViewResolver(ApplicationContext context, WebProperties web) {
		return new ErrorPageViewResolver(context, web.getResources());
	}

}
