package org.lianjian.shared.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Reads whole numbers from requests as decimal digits only. Spring's own conversion also
 * reads {@code 0x10} and {@code #10} as hexadecimal, a number the user did not type; here
 * they are a binding error (the field's "enter a whole number" message). Blank stays
 * empty; only spaces are an error, as in Spring's own conversion.
 * <p>
 * Decimals show in forms as the number the user means, without trailing zeros ("15", not
 * "15.00"; "2.5", not "2.50"), and read back as typed.
 */
@ControllerAdvice
class DecimalNumberAdvice {

	private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+");

	@InitBinder
	void decimalNumbers(WebDataBinder binder) {
		binder.registerCustomEditor(Integer.class, new DecimalEditor<>(Integer::valueOf, false));
		binder.registerCustomEditor(int.class, new DecimalEditor<>(Integer::valueOf, true));
		binder.registerCustomEditor(Long.class, new DecimalEditor<>(Long::valueOf, false));
		binder.registerCustomEditor(long.class, new DecimalEditor<>(Long::valueOf, true));
		binder.registerCustomEditor(BigDecimal.class, new PlainDecimalEditor());
	}

	/**
	 * Reads a decimal as Spring's own conversion does; shows it without trailing zeros.
	 */
	private static final class PlainDecimalEditor extends PropertyEditorSupport {

		@Override
		public void setAsText(@Nullable String text) {
			// as Spring's conversion: blank is empty, whitespace goes, and a malformed
			// number throws NumberFormatException (an IllegalArgumentException)
			String digits = (text == null) ? "" : org.springframework.util.StringUtils.trimAllWhitespace(text);
			setValue(digits.isEmpty() ? null : new BigDecimal(digits));
		}

		@Override
		public String getAsText() {
			return (getValue() instanceof BigDecimal value) ? Decimals.plainText(value) : "";
		}

	}

	private static final class DecimalEditor<N extends Number> extends PropertyEditorSupport {

		private final Function<String, N> parse;

		private final boolean primitive;

		DecimalEditor(Function<String, N> parse, boolean primitive) {
			this.parse = parse;
			this.primitive = primitive;
		}

		@Override
		public void setAsText(@Nullable String text) {
			if (text == null || text.isEmpty()) {
				if (this.primitive) {
					throw new IllegalArgumentException("a number is required");
				}
				setValue(null);
				return;
			}
			// spaces around the digits are forgiven; only spaces (as Spring's own
			// conversion) are an error, not an empty value
			String digits = text.strip();
			if (!DECIMAL.matcher(digits).matches()) {
				throw new IllegalArgumentException("not a decimal whole number");
			}
			// out of range throws NumberFormatException, an IllegalArgumentException
			setValue(this.parse.apply(digits));
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return value == null ? "" : value.toString();
		}

	}

}
