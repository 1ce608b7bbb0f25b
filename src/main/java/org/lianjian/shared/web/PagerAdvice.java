package org.lianjian.shared.web;

import java.util.Arrays;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the current path and query without its {@code page} parameter, so the
 * pager's links keep the list's filters.
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
		String kept = Arrays.stream(query.split("&"))
			.filter((p) -> !p.isEmpty() && !p.startsWith("page=") && !p.equals("page"))
			.collect(Collectors.joining("&"));
		return kept.isEmpty() ? path : path + "?" + kept;
	}

}
