package org.lianjian.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.validation.DataBinder;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rows of a form's lists ({@code commitments[3].description}) are bound only for
 * indexes from 0 to {@value #LIMIT} less one.
 *
 * <p>
 * Spring builds a list of {@code index + 1} entries for the highest index it is sent, up
 * to its auto-grow limit of {@value #LIMIT}; past that, or for an index that is no whole
 * number ({@code rows[x]}, {@code rows[99999999999]}), binding fails with an exception (a
 * 500). No page of the portal has that many rows, so such a parameter comes only from a
 * crafted request: {@link Filter} hides it from the request, and {@link Advice} then
 * refuses the form with the global error {@value #CODE} ("the form has too many rows"),
 * so the form is re-rendered with that message rather than saved without the row.
 */
public final class FormRows {

	/** Spring's auto-grow limit for lists bound from a request. */
	public static final int LIMIT = DataBinder.DEFAULT_AUTO_GROW_COLLECTION_LIMIT;

	/** The message code of a form that was sent rows beyond the limit. */
	public static final String CODE = "validation.rows.limit";

	private static final String DROPPED = FormRows.class.getName() + ".DROPPED";

	private FormRows() {
	}

	/**
	 * Whether every bracketed index of a parameter name is a whole number from 0 to
	 * {@link #LIMIT} less one (or empty, {@code name[]}). A name without brackets is
	 * fine.
	 * @param name the parameter name
	 * @return whether Spring can bind it
	 */
	static boolean bindable(String name) {
		int open = name.indexOf('[');
		while (open >= 0) {
			int close = name.indexOf(']', open);
			if (close < 0) {
				return true;
			}
			String index = name.substring(open + 1, close);
			if (!index.isEmpty() && !isIndex(index)) {
				return false;
			}
			open = name.indexOf('[', close);
		}
		return true;
	}

	private static boolean isIndex(String text) {
		if (text.length() > 3) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) < '0' || text.charAt(i) > '9') {
				return false;
			}
		}
		return Integer.parseInt(text) < LIMIT;
	}

	/** Hides parameters with unbindable indexes, and marks the request. */
	@Component
	static class Filter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Map<String, String[]> parameters = request.getParameterMap();
			Map<String, String[]> kept = null;
			for (String name : parameters.keySet()) {
				if (name.indexOf('[') >= 0 && !bindable(name)) {
					kept = (kept != null) ? kept : new LinkedHashMap<>(parameters);
					kept.remove(name);
				}
			}
			if (kept == null) {
				chain.doFilter(request, response);
				return;
			}
			request.setAttribute(DROPPED, Boolean.TRUE);
			chain.doFilter(new Kept(request, Collections.unmodifiableMap(kept)), response);
		}

	}

	/** Refuses a form whose request had parameters hidden by {@link Filter}. */
	@ControllerAdvice
	static class Advice {

		private static final Validator REFUSE = new Validator() {

			@Override
			public boolean supports(Class<?> type) {
				return true;
			}

			@Override
			public void validate(Object target, Errors errors) {
				errors.reject(CODE, new Object[] { LIMIT }, null);
			}

		};

		@InitBinder
		void refuseDroppedRows(WebDataBinder binder, WebRequest request) {
			if (request.getAttribute(DROPPED, RequestAttributes.SCOPE_REQUEST) != null) {
				binder.addValidators(REFUSE);
			}
		}

	}

	/** The request with some parameters hidden. */
	private static final class Kept extends HttpServletRequestWrapper {

		private final Map<String, String[]> parameters;

		Kept(HttpServletRequest request, Map<String, String[]> parameters) {
			super(request);
			this.parameters = parameters;
		}

		@Override
		public @Nullable String getParameter(String name) {
			String[] values = this.parameters.get(name);
			return (values == null || values.length == 0) ? null : values[0];
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return this.parameters;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(this.parameters.keySet());
		}

		@Override
		public String @Nullable [] getParameterValues(String name) {
			return this.parameters.get(name);
		}

	}

}
