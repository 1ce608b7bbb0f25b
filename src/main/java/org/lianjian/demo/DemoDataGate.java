package org.lianjian.demo;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;

/**
 * While the demo data is being prepared, every page answers 503 with a page that says so
 * and reloads itself every few seconds; static files and the actuator (whose readiness
 * probe refuses traffic meanwhile) are let through. Runs before Spring Security, so a
 * login attempt is not refused as a wrong password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DemoDataGate extends OncePerRequestFilter implements ErrorViewResolver, Ordered {

	static final String PREPARING = DemoDataGate.class.getName() + ".preparing";

	static final int RETRY_SECONDS = 3;

	private static final String[] LET_THROUGH = { "/webjars/", "/css/", "/js/", "/img/", "/actuator/", "/favicon" };

	private final DemoDataProgress progress;

	DemoDataGate(DemoDataProgress progress) {
		this.progress = progress;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.progress.isPreparing()
				|| letThrough(request.getRequestURI().substring(request.getContextPath().length()))) {
			chain.doFilter(request, response);
			return;
		}
		request.setAttribute(PREPARING, Boolean.TRUE);
		response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
		response.setHeader("Refresh", String.valueOf(RETRY_SECONDS));
		response.setHeader("Cache-Control", "no-store");
		response.sendError(HttpStatus.SERVICE_UNAVAILABLE.value());
	}

	private static boolean letThrough(String path) {
		for (String prefix : LET_THROUGH) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** The error page of a request this gate refused: the "preparing" page. */
	@Override
	public @Nullable ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status,
			Map<String, Object> model) {
		if (request.getAttribute(PREPARING) == null) {
			return null;
		}
		return new ModelAndView("demo/preparing", Map.of("retrySeconds", RETRY_SECONDS),
				HttpStatus.SERVICE_UNAVAILABLE);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
