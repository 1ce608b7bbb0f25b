package org.lianjian.shared.web;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.HtmlUtils;

/**
 * The {@code <option>} elements of a long drop-down (every unit of the sub-district,
 * about 2,000 at full size), written in one pass instead of a {@code th:each} that
 * evaluates three expressions per option. The list pages that filter by unit spent most
 * of their time there (see docs/performance.md). Values and labels are HTML-escaped here;
 * the template inserts the result with {@code th:utext}.
 */
public final class SelectOptions {

	private static final String UTF_8 = "UTF-8";

	private SelectOptions() {
	}

	/**
	 * Writes the options.
	 * @param <T> the item type
	 * @param items the choices, in display order
	 * @param value the submitted value of an item (an id)
	 * @param label the text shown for an item
	 * @param selected the value to mark selected, or null for none
	 * @return escaped HTML, one {@code <option>} per item
	 */
	public static <T> String html(Collection<T> items, Function<T, ?> value, Function<T, String> label,
			@Nullable Object selected) {
		String chosen = (selected != null) ? String.valueOf(selected) : null;
		StringBuilder html = new StringBuilder(items.size() * 48);
		for (T item : items) {
			String v = String.valueOf(value.apply(item));
			html.append("<option value=\"").append(HtmlUtils.htmlEscape(v, UTF_8)).append('"');
			if (Objects.equals(v, chosen)) {
				html.append(" selected");
			}
			html.append('>')
				.append(HtmlUtils.htmlEscape(Objects.toString(label.apply(item), ""), UTF_8))
				.append("</option>\n");
		}
		return html.toString();
	}

}
