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
 * through MockMvc. All tests with this annotation share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
// the dashboard's red list and figures are read on every visit (their entries expire at
// once), so tests see their own inserts made in SQL, which no event announces;
// DataCaches turns a cache on for a test of the cache itself
@SpringBootTest(properties = { "portal.caches.red-commitments=expireAfterWrite=0s",
		"portal.caches.dashboard-figures=expireAfterWrite=0s" })
@AutoConfigureMockMvc
public @interface WebIntegrationTest {

}
