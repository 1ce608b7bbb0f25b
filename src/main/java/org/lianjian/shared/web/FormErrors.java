package org.lianjian.shared.web;

import org.lianjian.shared.jpa.StaleEditException;

import org.springframework.validation.BindingResult;

/**
 * Puts a refused change onto the form's binding result, so the page re-renders with the
 * message beside the field and the user's input intact.
 */
public final class FormErrors {

	private FormErrors() {
	}

	public static void reject(BindingResult result, RuleViolationException ex) {
		if (ex.getField() != null) {
			result.rejectValue(ex.getField(), ex.getCode(), ex.getArgs(), ex.getCode());
		}
		else {
			result.reject(ex.getCode(), ex.getArgs(), ex.getCode());
		}
	}

	public static void conflict(BindingResult result, StaleEditException ex) {
		result.reject("conflict.stale", new Object[] { ex.getExpected(), ex.getActual() }, "conflict.stale");
	}

}
