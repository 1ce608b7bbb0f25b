package org.lianjian.shared.cache;

import java.util.Map;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The portal's data caches, all in one place: each {@code portal.caches.<name>} property
 * names a cache and gives its Caffeine spec (size, expiry), for example
 * {@code portal.caches.red-commitments=maximumSize=1000,expireAfterWrite=10s}. Only those
 * caches exist: a {@code @Cacheable} naming another one fails. The modules that own a
 * cache empty it after the commit of a change, through the events of docs/architecture.md
 * ("Caches"), never inside the writing transaction.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CacheConfiguration {

	static final String PREFIX = "portal.caches";

	@Bean
	CaffeineCacheManager cacheManager(Environment environment) {
		Map<String, String> specs = Binder.get(environment)
			.bind(PREFIX, Bindable.mapOf(String.class, String.class))
			.orElse(Map.of());
		if (specs.isEmpty()) {
			throw new IllegalStateException("no caches configured under " + PREFIX);
		}
		CaffeineCacheManager manager = new CaffeineCacheManager();
		// no cache made up on demand: every one is declared with its limits
		manager.setCacheNames(specs.keySet());
		manager.setAllowNullValues(false);
		specs.forEach((name, spec) -> manager.registerCustomCache(name, Caffeine.from(spec).build()));
		return manager;
	}

}
