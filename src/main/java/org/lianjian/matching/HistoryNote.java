package org.lianjian.matching;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a history line of a need or an order says beside its status change: a message key
 * ({@code matching.history.*}) with its arguments, rendered in the reader's language, and
 * the text a user typed (a reason, a comment), kept apart and given to the message as its
 * last argument. A line written before the keys has only its text.
 *
 * @param key the message key, or null for a plain text
 * @param args the arguments before the text
 * @param text what a user typed, or null
 */
record HistoryNote(@Nullable String key, List<String> args, @Nullable String text) {

	/** A line with nothing beside its status change. */
	static final HistoryNote NONE = new HistoryNote(null, List.of(), null);

	/** A message with its arguments, shown as strings. */
	static HistoryNote of(String key, Object... args) {
		return new HistoryNote(key, Arrays.stream(args).map(String::valueOf).toList(), null);
	}

	/**
	 * A reason typed by a user ({@code matching.history.reason}), or nothing when it is
	 * blank.
	 */
	static HistoryNote reason(@Nullable String reason) {
		return (reason == null || reason.isBlank()) ? NONE
				: new HistoryNote("matching.history.reason", List.of(), reason.strip());
	}

	/** The same message with the text a user typed as its last argument. */
	HistoryNote with(@Nullable String typed) {
		return new HistoryNote(this.key, this.args, (typed == null || typed.isBlank()) ? null : typed.strip());
	}

	/** The arguments of the message: those stored, then the typed text if any. */
	static Object[] arguments(List<String> args, @Nullable String text) {
		Object[] all = args.toArray(new Object[args.size() + ((text != null) ? 1 : 0)]);
		if (text != null) {
			all[args.size()] = text;
		}
		return all;
	}

}
