package org.lianjian.shared.db;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url}, the portal runs on its own embedded PostgreSQL,
 * whose data lives in {@code ./data/postgres} and survives restarts. With a URL set, this
 * configuration stays out of the way and Boot's own DataSource is used.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${portal.embedded-db.dir:data/postgres}") String dir) throws IOException {
		long started = System.nanoTime();
		EmbeddedPostgres postgres = EmbeddedPostgresLauncher.start(Path.of(dir), false);
		log.info("Embedded PostgreSQL ready on port {} with data in {} ({} ms)", postgres.getPort(),
				Path.of(dir).toAbsolutePath().normalize(), (System.nanoTime() - started) / 1_000_000);
		return postgres;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource ds = new HikariDataSource();
		ds.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
		ds.setUsername("postgres");
		ds.setPoolName("embedded");
		ds.setMaximumPoolSize(20);
		return ds;
	}

}
