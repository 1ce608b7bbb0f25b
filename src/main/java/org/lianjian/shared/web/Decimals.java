package org.lianjian.shared.web;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * A decimal as a page shows it ({@code @decimals} in templates): the number the user
 * means, without trailing zeros and without exponent ("15", not "15.00" or "1.5E+1";
 * "2.5", not "2.50"). The page puts the unit after it.
 */
@Component("decimals")
public class Decimals {

	/**
	 * The decimal as text.
	 * @param value the value, or null
	 * @return its digits without trailing zeros, or an empty string for null
	 */
	public String plain(@Nullable BigDecimal value) {
		return value == null ? "" : plainText(value);
	}

	/**
	 * The decimal a form shows: the same number, without trailing zeros or exponent
	 * (15.00 becomes 15, 2.50 becomes 2.5).
	 * @param value the value, or null
	 * @return the same number with the smallest scale, or null
	 */
	public static @Nullable BigDecimal normalised(@Nullable BigDecimal value) {
		return value == null ? null : new BigDecimal(plainText(value));
	}

	static String plainText(BigDecimal value) {
		BigDecimal stripped = value.stripTrailingZeros();
		if (stripped.signum() == 0) {
			return "0";
		}
		// an absurd exponent (a refused input such as 1E+2147483647) is not spelt out
		return (Math.abs(stripped.scale()) > 100) ? stripped.toString() : stripped.toPlainString();
	}

}
