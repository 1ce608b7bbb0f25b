package org.lianjian.support;

import java.util.Objects;

import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.caffeine.CaffeineCacheManager;

/**
 * The shared test context's data caches expire their entries at once
 * ({@link WebIntegrationTest}); a test of a cache itself turns it on for its duration,
 * with no expiry, so that only an eviction can empty it.
 */
public final class DataCaches {

	private DataCaches() {
	}

	/**
	 * Runs work with a cache that keeps its entries, then puts the test setting back.
	 * @param caches the context's cache manager
	 * @param name the cache
	 * @param work the test
	 * @throws Exception what the work throws
	 */
	public static void withCacheOn(CacheManager caches, String name, ThrowingRunnable work) throws Exception {
		CaffeineCacheManager manager = (CaffeineCacheManager) caches;
		CaffeineCache before = (CaffeineCache) Objects.requireNonNull(manager.getCache(name));
		manager.registerCustomCache(name, Caffeine.newBuilder().build());
		try {
			work.run();
		}
		finally {
			manager.registerCustomCache(name, before.getNativeCache());
		}
	}

	/** A test's work. */
	@FunctionalInterface
	public interface ThrowingRunnable {

		/**
		 * Runs it.
		 * @throws Exception anything
		 */
		void run() throws Exception;

	}

}
