package org.lianjian.demo;

import java.util.List;

import org.lianjian.account.AccountService;
import org.lianjian.account.SystemPrincipal;
import org.lianjian.shared.db.EmbeddedDatabaseCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data on the first start of an empty database. On by default with the
 * embedded PostgreSQL; with an external database only when {@code portal.demo-data=true}.
 * Until it is done, {@link DemoDataGate} answers 503 (see {@link DemoDataProgress}).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 20)
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final DemoDataGenerator generator;

	private final AccountService accounts;

	private final DemoDataProgress progress;

	private final boolean enabled;

	DemoDataLoader(DemoDataGenerator generator, AccountService accounts, DemoDataProgress progress, Environment env) {
		this.generator = generator;
		this.accounts = accounts;
		this.progress = progress;
		this.enabled = demoDataEnabled(env);
	}

	static boolean demoDataEnabled(Environment env) {
		boolean embedded = EmbeddedDatabaseCondition.isEmbedded(env.getProperty("spring.datasource.url"));
		return env.getProperty("portal.demo-data", Boolean.class, embedded);
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			if (this.enabled && this.accounts.count() == 0) {
				load();
			}
		}
		finally {
			this.progress.finished();
		}
	}

	/** Generates the demo data, as a system user with ADMIN rights. */
	void load() {
		log.info("Empty database: loading demo data");
		this.progress.started();
		long started = System.nanoTime();
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(SystemPrincipal.authentication("demo-data"));
		SecurityContextHolder.setContext(system);
		try {
			this.generator.generate();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
		log.info("Demo data loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
	}

	static List<String> demoLogins() {
		return List.of("admin", "staff", "secretary", "liaison", "liaison2");
	}

}
