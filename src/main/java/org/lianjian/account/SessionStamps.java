package org.lianjian.account;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Account changes reach open sessions: a session signed in under an older security stamp
 * than its account has now (disabled, role or scope changed, liaison appointment ended,
 * password reset or changed elsewhere) is ended at its next request, and the browser is
 * sent to the login page with a message.
 *
 * <p>
 * The stamp is one indexed read of {@code user_account} per request of a signed-in user
 * (by primary key, through plain JDBC), so it holds across several instances of the
 * portal and needs no event between them. Static files are not checked.
 *
 * <p>
 * When the database cannot be reached, the request is not let through to a page: the
 * failure is handed to Spring MVC ({@link DatabaseDown}), which shows the portal's 503
 * page as for any page that needs the database, without waiting for a connection twice.
 */
final class SessionStamps {

	/** Where an ended session is sent. */
	static final String ENDED_URL = "/login?ended";

	private static final String UNAVAILABLE = SessionStamps.class.getName() + ".UNAVAILABLE";

	private static final List<String> STATIC = List.of("/webjars/", "/css/", "/js/", "/img/", "/favicon.ico",
			"/actuator/health");

	private SessionStamps() {
	}

	/** Compares the session's stamp with the account's, in the security filter chain. */
	static final class Filter extends OncePerRequestFilter {

		private final JdbcTemplate jdbc;

		private final SecurityAuditService audit;

		Filter(JdbcTemplate jdbc, SecurityAuditService audit) {
			this.jdbc = jdbc;
			this.audit = audit;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication auth = SecurityContextHolder.getContext().getAuthentication();
			if (auth == null || !(auth.getPrincipal() instanceof PortalUser user) || isStatic(request)) {
				chain.doFilter(request, response);
				return;
			}
			Long current;
			try {
				current = current(user.getId());
			}
			catch (DataAccessException ex) {
				request.setAttribute(UNAVAILABLE, ex);
				chain.doFilter(request, response);
				return;
			}
			if (current != null && current == user.getSecurityStamp()) {
				chain.doFilter(request, response);
				return;
			}
			end(request, response, user);
		}

		private @Nullable Long current(Long accountId) {
			List<Long> stamps = this.jdbc.queryForList("select security_stamp from user_account where id = ?",
					Long.class, accountId);
			return stamps.isEmpty() ? null : stamps.get(0);
		}

		private void end(HttpServletRequest request, HttpServletResponse response, PortalUser user) throws IOException {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			this.audit.record(AuditEventType.SESSION_ENDED, user.getUsername(), null, "account changed");
			String target = request.getContextPath() + ENDED_URL;
			if ("true".equals(request.getHeader("HX-Request"))) {
				// htmx follows a redirect inside the page; this makes it load the login
				// page
				response.setHeader("HX-Redirect", target);
				return;
			}
			response.sendRedirect(target);
		}

		private static boolean isStatic(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return STATIC.stream().anyMatch(path::startsWith);
		}

	}

	/** Hands a database failure met by {@link Filter} to Spring MVC's error handling. */
	@Configuration(proxyBeanMethods = false)
	static class DatabaseDown implements WebMvcConfigurer, HandlerInterceptor {

		@Override
		public void addInterceptors(InterceptorRegistry registry) {
			registry.addInterceptor(this);
		}

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (request.getAttribute(UNAVAILABLE) instanceof DataAccessException ex) {
				throw ex;
			}
			return true;
		}

	}

}
