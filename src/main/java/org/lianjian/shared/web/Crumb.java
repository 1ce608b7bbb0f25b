package org.lianjian.shared.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One breadcrumb: a message key (or, when {@code text} is set, literal data such as an
 * organisation's name) and the link, or none for the current page.
 *
 * @param key message key of the label, used when text is null
 * @param text literal label taken from data, shown as is (escaped)
 * @param href link, or null for the current page
 */
public record Crumb(@Nullable String key, @Nullable String text, @Nullable String href) {

	public static Crumb key(String key, @Nullable String href) {
		return new Crumb(key, null, href);
	}

	public static Crumb text(String text, @Nullable String href) {
		return new Crumb(null, text, href);
	}

	public static List<Crumb> trail(Crumb... crumbs) {
		return List.of(crumbs);
	}

}
