package org.lianjian.agreement;

import org.lianjian.shared.web.NotFoundException;

/**
 * No agreement with that id, or not one the current user may see.
 */
public class AgreementNotFoundException extends NotFoundException {

	AgreementNotFoundException(Long id) {
		super("agreement " + id);
	}

	static AgreementNotFoundException forId(Long id) {
		return new AgreementNotFoundException(id);
	}

}
