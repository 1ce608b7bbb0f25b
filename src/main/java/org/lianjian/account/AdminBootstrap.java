package org.lianjian.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * With an empty account table (no demo data), creates {@code admin}. Its password comes
 * from {@code PORTAL_ADMIN_PASSWORD}, or is generated and printed once. It must be
 * changed at first login. Runs after the demo data loader.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountService accounts;

	private final String adminPassword;

	AdminBootstrap(AccountService accounts, @Value("${portal.admin-password:}") String adminPassword) {
		this.accounts = accounts;
		this.adminPassword = adminPassword;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.accounts.bootstrapAdmin(this.adminPassword).ifPresent((password) -> {
			if (!this.adminPassword.isBlank() && !password.equals(this.adminPassword)) {
				log.warn("PORTAL_ADMIN_PASSWORD is too weak for the password rules (it contains the username, is a"
						+ " simple run or repeat, or is a common password); a generated one-time password is used instead");
			}
			if (!password.equals(this.adminPassword)) {
				// Printed once, on purpose: nobody else knows it, and it must be changed
				// at first login.
				System.out.println("\n  First start: account 'admin' created with the one-time password " + password
						+ "\n  It must be changed at first login.\n");
			}
			else {
				log.info("First start: account 'admin' created with the password from PORTAL_ADMIN_PASSWORD");
			}
		});
	}

}
