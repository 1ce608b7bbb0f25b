package org.lianjian.shared.log;

import org.jspecify.annotations.Nullable;

/**
 * The one way user input goes into a log line or the audit log: control characters
 * (carriage return, line feed, tab, escape and the rest, and Unicode line separators and
 * direction overrides) become {@code _}, so a typed value cannot start a forged log line
 * or hide text; and the value is cut to a maximum length, so a long value cannot flood
 * the log.
 */
public final class LogSafe {

	/** The most characters of one value in a log line. */
	public static final int MAX = 100;

	private static final String CUT = "…";

	private LogSafe() {
	}

	/**
	 * The value for a log line: at most {@value #MAX} characters.
	 * @param value the value, often typed by a user
	 * @return the safe text; {@code "null"} for null
	 */
	public static String text(@Nullable Object value) {
		return text(value, MAX);
	}

	/**
	 * The value with control characters replaced and cut to a length.
	 * @param value the value
	 * @param max the most characters kept (code points), the cut mark included
	 * @return the safe text; {@code "null"} for null
	 */
	public static String text(@Nullable Object value, int max) {
		String s = String.valueOf(value);
		int length = s.codePointCount(0, s.length());
		int keep = (length > max) ? Math.max(0, max - CUT.length()) : length;
		StringBuilder out = new StringBuilder(Math.min(s.length(), max) + 1);
		s.codePoints().limit(keep).forEach((cp) -> {
			if (unsafe(cp)) {
				out.append('_');
			}
			else {
				out.appendCodePoint(cp);
			}
		});
		if (length > max) {
			out.append(CUT);
		}
		return out.toString();
	}

	/**
	 * As {@link #text(Object, int)}, keeping null as null (for a database column).
	 * @param value the value, or null
	 * @param max the most characters kept
	 * @return the safe text, or null
	 */
	public static @Nullable String orNull(@Nullable String value, int max) {
		return (value == null) ? null : text(value, max);
	}

	private static boolean unsafe(int cp) {
		int type = Character.getType(cp);
		return Character.isISOControl(cp) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
				|| type == Character.FORMAT || type == Character.SURROGATE || type == Character.PRIVATE_USE;
	}

}
