package org.lianjian.shared.sql;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A search term as a LIKE pattern. Every list escapes the same way: the backslash is the
 * escape character, so {@code %}, {@code _} and {@code \} in a term match themselves, and
 * each condition says {@code escape '\'} so the rule does not depend on the database's
 * default.
 */
public final class Like {

	/** The escape clause written after each {@code like}. */
	public static final String ESCAPE = " escape '\\'";

	private Like() {
	}

	/**
	 * Escapes the wildcards and the escape character of a term.
	 * @param term the text to match literally
	 * @return the escaped text
	 */
	public static String escape(String term) {
		return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * The pattern of "contains the term", ignoring case: the term trimmed, lowercased and
	 * escaped, between {@code %}.
	 * @param term the search term, or null
	 * @return the pattern, or an empty string when there is no term
	 */
	public static String contains(@Nullable String term) {
		if (term == null || term.isBlank()) {
			return "";
		}
		return "%" + escape(term.trim().toLowerCase(Locale.ROOT)) + "%";
	}

	/**
	 * A condition: the expression matches the pattern parameter.
	 * @param expression the column or expression, already lowercased when the pattern is
	 * @param param the parameter's name, without the colon
	 * @return the condition
	 */
	public static String matches(String expression, String param) {
		return expression + " like :" + param + ESCAPE;
	}

}
