package org.lianjian.shared.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the current path and query without its {@code page} parameter, so the
 * pager's links keep the list's filters. Each parameter of the query is decoded and
 * written again, so two spellings of the same query (for example {@code %70age=2} and
 * {@code page=2}) give the same links.
 */
@ControllerAdvice
class PagerAdvice {

	@ModelAttribute("pagerBase")
	String pagerBase(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString();
		if (query == null || query.isEmpty()) {
			return path;
		}
		StringJoiner kept = new StringJoiner("&");
		for (String pair : query.split("&")) {
			int equals = pair.indexOf('=');
			String name = decoded((equals < 0) ? pair : pair.substring(0, equals));
			String value = decoded((equals < 0) ? "" : pair.substring(equals + 1));
			if (name == null || value == null || name.isEmpty() || name.equals("page")) {
				continue;
			}
			kept.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
		return (kept.length() == 0) ? path : path + "?" + kept;
	}

	/** The decoded text, or null where the request's encoding is broken. */
	private static @Nullable String decoded(String part) {
		try {
			return URLDecoder.decode(part, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
