package org.lianjian.unit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The unit filter of a list page (agreements, activities, projects). At full size the
 * sub-district has about 2,000 units: a drop-down of all of them is slow to send and to
 * use, so the user types part of a name and picks from at most {@value #SUGGESTIONS}
 * suggestions (a {@code <datalist>} filled by htmx). The typed text is resolved on the
 * server against the same choices the list offers: an exact name, or the one name that
 * contains it. A link may still pass the unit's id as {@code unit}.
 *
 * @param id the unit to filter by, or null for every unit
 * @param text what the input shows: the unit's name, or what was typed
 * @param hintKey the message key of a hint when the text matched no unit or several, or
 * null; the message takes the text and the number of matches
 * @param matches how many choices contain the text
 */
public record UnitPick(@Nullable Long id, String text, @Nullable String hintKey, int matches) {

	/** The most suggestions sent for one keystroke. */
	public static final int SUGGESTIONS = 20;

	private static final String UTF_8 = "UTF-8";

	/**
	 * Resolves the filter.
	 * @param <T> the choice type
	 * @param unit the id given by a link, or null
	 * @param typed the typed name, or null; when not blank it wins over {@code unit}
	 * @param choices the units the list offers the current user
	 * @param id a choice's unit id
	 * @param name a choice's name
	 * @param nameOf the name of a unit given by id that is not among the choices (for
	 * example a closed unit linked from its page), or an empty string when the unit does
	 * not exist or the user may not see it; the filter is then ignored with the hint
	 * {@code unitPick.unknown}
	 * @return the filter
	 */
	public static <T> UnitPick resolve(@Nullable Long unit, @Nullable String typed,
			Supplier<? extends Collection<T>> choices, Function<T, Long> id, Function<T, String> name,
			Function<Long, String> nameOf) {
		String text = (typed != null) ? typed.strip() : "";
		if (text.isEmpty()) {
			if (unit == null) {
				return new UnitPick(null, "", null, 0);
			}
			for (T choice : choices.get()) {
				if (unit.equals(id.apply(choice))) {
					return new UnitPick(unit, name.apply(choice), null, 1);
				}
			}
			String visible = nameOf.apply(unit);
			if (visible == null || visible.isEmpty()) {
				// missing, or outside the user's scope: its name is not shown, and the
				// list
				// is not filtered by it
				return new UnitPick(null, "", "unitPick.unknown", 0);
			}
			return new UnitPick(unit, visible, null, 1);
		}
		String needle = text.toLowerCase(Locale.ROOT);
		T only = null;
		int matches = 0;
		for (T choice : choices.get()) {
			String n = name.apply(choice);
			String lower = (n != null) ? n.toLowerCase(Locale.ROOT) : "";
			if (lower.equals(needle)) {
				return new UnitPick(id.apply(choice), n, null, 1);
			}
			if (lower.contains(needle)) {
				matches++;
				only = choice;
			}
		}
		if (matches == 1) {
			return new UnitPick(id.apply(only), name.apply(only), null, 1);
		}
		return new UnitPick(null, text, (matches == 0) ? "unitPick.none" : "unitPick.many", matches);
	}

	/**
	 * The suggestions for what has been typed: names that start with it first, then names
	 * that contain it, at most {@value #SUGGESTIONS}; with nothing typed, the first
	 * choices. Escaped here, for a {@code <datalist>}.
	 * @param <T> the choice type
	 * @param choices the units the list offers the current user, in display order
	 * @param typed what has been typed, or null
	 * @param name a choice's name
	 * @return {@code <option>} elements
	 */
	public static <T> String suggestions(Collection<T> choices, @Nullable String typed, Function<T, String> name) {
		String needle = (typed != null) ? typed.strip().toLowerCase(Locale.ROOT) : "";
		List<String> first = new ArrayList<>();
		List<String> then = new ArrayList<>();
		for (T choice : choices) {
			String n = name.apply(choice);
			if (n == null) {
				continue;
			}
			String lower = n.toLowerCase(Locale.ROOT);
			if (lower.startsWith(needle)) {
				first.add(n);
				if (first.size() == SUGGESTIONS) {
					break;
				}
			}
			else if (then.size() < SUGGESTIONS && lower.contains(needle)) {
				then.add(n);
			}
		}
		StringBuilder html = new StringBuilder(SUGGESTIONS * 40);
		first.addAll(then);
		first.stream()
			.limit(SUGGESTIONS)
			.forEach((n) -> html.append("<option value=\"")
				.append(HtmlUtils.htmlEscape(n, UTF_8))
				.append("\"></option>"));
		return html.toString();
	}

}
