package org.lianjian.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * A full application context on the shared test PostgreSQL (with demo data), driven
 * through MockMvc, and served by a real server on a random port for the tests that need
 * one (the browser tests, a real HTTP client). All tests with this annotation share one
 * context: each other configuration would start a context of its own, with its Flyway
 * check and caches, at a cost of seconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// the dashboard's red list and figures are read on every visit (their entries expire at
// once), so tests see their own inserts made in SQL, which no event announces;
// DataCaches turns a cache on for a test of the cache itself
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portal.caches.red-commitments=expireAfterWrite=0s",
				"portal.caches.dashboard-figures=expireAfterWrite=0s" })
@AutoConfigureMockMvc
public @interface WebIntegrationTest {

}
