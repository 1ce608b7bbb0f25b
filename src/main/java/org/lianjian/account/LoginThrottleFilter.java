package org.lianjian.account;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away login attempts over the {@link LoginThrottle} limits before any password is
 * checked: the answer is the login page again, with status 429 and a message to wait a
 * minute.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	/** The request attribute that tells the login page why it is shown. */
	static final String THROTTLED = "org.lianjian.account.LoginThrottleFilter.THROTTLED";

	private final LoginThrottle throttle;

	private final SecurityAuditService audit;

	LoginThrottleFilter(LoginThrottle throttle, SecurityAuditService audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod())
				|| !"/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String username = request.getParameter("username");
		LoginThrottle.Verdict verdict = this.throttle.attempt(request.getRemoteAddr(),
				(username == null) ? "" : username);
		if (verdict.allowed()) {
			chain.doFilter(request, response);
			return;
		}
		if (verdict == LoginThrottle.Verdict.FIRST_REFUSED) {
			this.audit.record(AuditEventType.LOGIN_THROTTLED, username, null,
					"more login attempts than allowed in " + LoginThrottle.WINDOW.toSeconds() + " s");
		}
		response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		response.setHeader("Retry-After", Long.toString(LoginThrottle.WINDOW.toSeconds()));
		request.setAttribute(THROTTLED, Boolean.TRUE);
		request.getRequestDispatcher("/login").forward(new AsGet(request), response);
	}

	/** The login page is shown as for a GET. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

	}

}
