package org.lianjian.unit;

import org.jspecify.annotations.Nullable;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and capital letters without I, O, S, V and Z), the last
 * being a check character computed from the first 17 with fixed weights, modulo 31.
 */
public final class CreditCode {

	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

	private CreditCode() {
	}

	/**
	 * Whether a code is well formed and its check character is right. Lower case is not
	 * accepted: codes are printed in capitals.
	 * @param code the code
	 * @return true when valid; false for null, wrong length, characters or check
	 */
	public static boolean isValid(@Nullable String code) {
		if (code == null || code.length() != 18) {
			return false;
		}
		for (int i = 0; i < 18; i++) {
			if (ALPHABET.indexOf(code.charAt(i)) < 0) {
				return false;
			}
		}
		return checkCharacter(code.substring(0, 17)) == code.charAt(17);
	}

	/**
	 * The check character for the first 17 characters.
	 * @param first17 the code without its check character
	 * @return the check character
	 */
	public static char checkCharacter(String first17) {
		if (first17.length() != 17) {
			throw new IllegalArgumentException("need 17 characters");
		}
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			int value = ALPHABET.indexOf(first17.charAt(i));
			if (value < 0) {
				throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
			}
			sum += value * WEIGHTS[i];
		}
		int check = 31 - sum % 31;
		return ALPHABET.charAt(check == 31 ? 0 : check);
	}

}
