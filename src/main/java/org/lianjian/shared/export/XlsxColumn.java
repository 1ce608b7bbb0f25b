package org.lianjian.shared.export;

import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * One column of a list export, declared once: its header's message key, its width and how
 * a row gives its value. A value may be a {@link Message}, which the table writes in the
 * reader's language (an enum's label, yes or no).
 *
 * @param <T> the row type
 * @param headerKey the header's message key
 * @param width the width in characters
 * @param value the row's value: a date, a number, a {@link Message}, text, or null
 */
public record XlsxColumn<T>(String headerKey, int width, Function<T, @Nullable Object> value) {

	/**
	 * A column.
	 * @param <T> the row type
	 * @param headerKey the header's message key
	 * @param width the width in characters
	 * @param value the row's value
	 * @return the column
	 */
	public static <T> XlsxColumn<T> of(String headerKey, int width, Function<T, @Nullable Object> value) {
		return new XlsxColumn<>(headerKey, width, value);
	}

	/**
	 * A cell written as the message of a key.
	 *
	 * @param key the message key
	 */
	public record Message(String key) {

	}

	/**
	 * A cell written as the message of a key.
	 * @param key the message key
	 * @return the cell's value
	 */
	public static Message message(String key) {
		return new Message(key);
	}

}
