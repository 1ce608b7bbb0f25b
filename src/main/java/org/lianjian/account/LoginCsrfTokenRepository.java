package org.lianjian.account;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.util.StringUtils;
import org.springframework.web.util.WebUtils;

/**
 * CSRF tokens without a session for visitors who have none: the login page's token is
 * kept in an HttpOnly, SameSite cookie, so an anonymous visit of {@code /login} creates
 * no HTTP session (anonymous load cannot fill the server's memory with sessions). Once a
 * session exists (after the login), the token lives in the session as before, and the
 * cookie is removed when the login replaces the token.
 */
final class LoginCsrfTokenRepository implements CsrfTokenRepository {

	static final String COOKIE = "LIANJIAN-LOGIN-CSRF";

	private static final String HEADER = "X-CSRF-TOKEN";

	private static final String PARAMETER = "_csrf";

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(@Nullable CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			this.sessions.saveToken(token, request, response);
			if (token == null) {
				clearCookie(request, response);
			}
			return;
		}
		if (token == null) {
			clearCookie(request, response);
			return;
		}
		response.addHeader("Set-Cookie", cookie(request, token.getToken(), -1).toString());
	}

	@Override
	public @Nullable CsrfToken loadToken(HttpServletRequest request) {
		if (request.getSession(false) != null) {
			CsrfToken token = this.sessions.loadToken(request);
			if (token != null) {
				return token;
			}
		}
		Cookie cookie = WebUtils.getCookie(request, COOKIE);
		if (cookie == null || !StringUtils.hasText(cookie.getValue())) {
			return null;
		}
		return new DefaultCsrfToken(HEADER, PARAMETER, cookie.getValue());
	}

	private static void clearCookie(HttpServletRequest request, HttpServletResponse response) {
		if (WebUtils.getCookie(request, COOKIE) != null) {
			response.addHeader("Set-Cookie", cookie(request, "", 0).toString());
		}
	}

	private static ResponseCookie cookie(HttpServletRequest request, String value, long maxAge) {
		String path = StringUtils.hasLength(request.getContextPath()) ? request.getContextPath() : "/";
		return ResponseCookie.from(COOKIE, value)
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path(path)
			.maxAge(maxAge)
			.build();
	}

}
