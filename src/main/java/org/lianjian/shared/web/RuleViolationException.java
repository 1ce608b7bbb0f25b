package org.lianjian.shared.web;

import org.jspecify.annotations.Nullable;

/**
 * A business rule refused the change. The controller shows the message next to the field
 * it names (or at the top of the form when the field is null), and keeps the user's
 * input.
 */
public class RuleViolationException extends RuntimeException {

	private final @Nullable String field;

	private final String code;

	private final Object[] args;

	public RuleViolationException(@Nullable String field, String code, Object... args) {
		super(code);
		this.field = field;
		this.code = code;
		this.args = args;
	}

	public @Nullable String getField() {
		return this.field;
	}

	public String getCode() {
		return this.code;
	}

	public Object[] getArgs() {
		return this.args;
	}

}
