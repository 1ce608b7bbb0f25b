package org.lianjian.shared.export;

import java.util.Locale;

/**
 * Ordinal numbers of headings and sections.
 */
public final class Numerals {

	private static final String DIGITS = "零一二三四五六七八九";

	private Numerals() {
	}

	/**
	 * 一 … 九十九 in Chinese, 1, 2 … otherwise (and outside 1–99).
	 * @param n the number
	 * @param locale the reader's language
	 * @return the numeral
	 */
	public static String of(int n, Locale locale) {
		if (!Locale.CHINESE.getLanguage().equals(locale.getLanguage()) || n < 1 || n > 99) {
			return String.valueOf(n);
		}
		int tens = n / 10;
		int ones = n % 10;
		String text = (tens == 0) ? "" : ((tens == 1) ? "十" : DIGITS.charAt(tens) + "十");
		return (ones == 0) ? text : text + DIGITS.charAt(ones);
	}

}
