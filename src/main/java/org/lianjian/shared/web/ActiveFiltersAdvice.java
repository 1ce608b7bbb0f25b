package org.lianjian.shared.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the number of list filters the request sets, for the folded filter
 * button on phones ("筛选 2"). A filter counts when its parameter has a value; paging,
 * sorting and the language are not filters, and parameters that set one filter together
 * (the unit's id and typed name, the two ends of a date range) count once.
 */
@ControllerAdvice
class ActiveFiltersAdvice {

	private static final Set<String> NOT_FILTERS = Set.of("page", "size", "sort", "dir", "lang", "_csrf");

	private static final Map<String, String> SAME_FILTER = Map.of("unitName", "unit", "endsTo", "endsFrom");

	@ModelAttribute("activeFilters")
	int activeFilters(HttpServletRequest request) {
		if (!"GET".equals(request.getMethod())) {
			return 0;
		}
		Set<String> set = new HashSet<>();
		request.getParameterMap().forEach((name, values) -> {
			if (!NOT_FILTERS.contains(name) && values.length > 0 && !values[0].isBlank()) {
				set.add(SAME_FILTER.getOrDefault(name, name));
			}
		});
		return set.size();
	}

}
