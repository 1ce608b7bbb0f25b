package org.lianjian.shared.db;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the portal runs on its own embedded PostgreSQL,
 * whose data lives in {@code ./data/postgres} and survives restarts. With a URL set, this
 * configuration stays out of the way and Boot's own DataSource is used. The portal
 * connects as the role {@code lianjian}, which is no superuser, with the password kept in
 * the data directory (see {@link EmbeddedPostgresLauncher}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	/**
	 * The embedded PostgreSQL. Closed (stopped) when the context closes, after the
	 * DataSource that depends on it: the pool is closed while the database still runs.
	 */
	@Bean(destroyMethod = "close")
	EmbeddedDatabase embeddedDatabase(@Value("${portal.embedded-db.dir:data/postgres}") String dir) throws IOException {
		long started = System.nanoTime();
		EmbeddedDatabase database = EmbeddedPostgresLauncher.start(Path.of(dir), false);
		log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", database.port(),
				database.dataDirectory(), (System.nanoTime() - started) / 1_000_000);
		return database;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedDatabase database) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(database.jdbcUrl());
		ds.setUsername(database.username());
		ds.setPassword(database.password());
		ds.setPoolName("embedded");
		ds.setMaximumPoolSize(20);
		return ds;
	}

}
