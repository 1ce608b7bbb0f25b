package org.lianjian.account;

import org.lianjian.shared.web.NotFoundException;

/**
 * No account with that id.
 */
public class AccountNotFoundException extends NotFoundException {

	AccountNotFoundException(Long id) {
		super("account " + id);
	}

	static AccountNotFoundException forId(Long id) {
		return new AccountNotFoundException(id);
	}

}
