package org.lianjian.shared.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Answers an upload over the multipart limit with the portal's own message: back to the
 * page it came from, which shows "file too large" in the layout. Without it, the first
 * filter that reads a parameter (the CSRF check) makes Tomcat parse the body, fail, and
 * send its bare 413 page. Runs before Spring Security: a request whose declared length is
 * over the limit is not parsed at all, and one that fails while being parsed (no length
 * declared) is caught on its way out. Tomcat's {@code max-swallow-size} lets the browser
 * finish sending and read the answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UploadLimitFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(UploadLimitFilter.class);

	private final long maxRequestBytes;

	UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxRequestSize) {
		this.maxRequestBytes = maxRequestSize.toBytes();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!isMultipart(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (this.maxRequestBytes >= 0 && request.getContentLengthLong() > this.maxRequestBytes) {
			tooLarge(request, response);
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | RuntimeException ex) {
			if (!sizeLimit(ex) || response.isCommitted()) {
				throw ex;
			}
			tooLarge(request, response);
		}
	}

	private static boolean isMultipart(HttpServletRequest request) {
		String type = request.getContentType();
		return "POST".equals(request.getMethod()) && type != null
				&& type.toLowerCase(Locale.ROOT).startsWith("multipart/");
	}

	private static boolean sizeLimit(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String name = t.getClass().getSimpleName();
			if (name.equals("MaxUploadSizeExceededException") || name.endsWith("SizeLimitExceededException")) {
				return true;
			}
		}
		return false;
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.info("Upload refused, over the multipart limit: {} {} ({} bytes)", request.getMethod(),
				request.getRequestURI(), request.getContentLengthLong());
		String target = request.getContextPath() + GlobalExceptionHandler.sameSitePath(request);
		FlashMap flash = new FlashMap();
		flash.put("error", "upload.tooLarge");
		flash.setTargetRequestPath(target.contains("?") ? target.substring(0, target.indexOf('?')) : target);
		new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
		response.resetBuffer();
		response.sendRedirect(target);
	}

}
