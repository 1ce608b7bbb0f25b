package org.lianjian.agreement;

import org.lianjian.shared.web.RuleViolationException;

/**
 * A lifecycle step that the agreement's status does not allow, refused in the service
 * whatever the UI shows.
 */
public class IllegalTransitionException extends RuleViolationException {

	IllegalTransitionException(AgreementStatus actual, AgreementStatus required) {
		super(null, "agreement.transition.illegal", actual.name(), required.name());
	}

}
