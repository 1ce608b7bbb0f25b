package org.lianjian.shared.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.lianjian.shared.log.LogSafe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Maps the few failures that are not the user's fault nor a bug onto the right page: a
 * database that cannot be reached gives 503, a save that lost a race with another save of
 * the same record gives 409, and an id that is not a number gives 404.
 */
@ControllerAdvice
class GlobalExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

	@ExceptionHandler({ CannotCreateTransactionException.class, DataAccessResourceFailureException.class })
	@ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
	String databaseUnavailable(Exception ex) {
		log.warn("Database unavailable: {}", LogSafe.text(ex.getMessage(), 300));
		return "error/503";
	}

	/**
	 * Two saves of the same record at the same moment that the form's handler did not
	 * turn into its own conflict message: the loser gets a conflict page, not a 500.
	 * Nothing of the refused save was written.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String concurrentSave(OptimisticLockingFailureException ex) {
		log.info("Save refused, the record was saved by somebody else at the same time: {}",
				LogSafe.text(ex.getMessage(), 300));
		return "error/409";
	}

	/**
	 * An upload over the multipart limit: back to the page it came from (same site only),
	 * with the portal's own "file too large" message in the layout, instead of the
	 * server's bare 413. Nothing was uploaded.
	 */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	String uploadTooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request, RedirectAttributes redirect) {
		log.info("Upload refused, over the multipart limit: {} {}", request.getMethod(), request.getRequestURI());
		redirect.addFlashAttribute("error", "upload.tooLarge");
		return "redirect:" + sameSitePath(request);
	}

	/** The path of the page a request came from, when it is this portal's; else home. */
	static String sameSitePath(HttpServletRequest request) {
		String referer = request.getHeader("Referer");
		if (referer == null) {
			return "/";
		}
		try {
			URI uri = URI.create(referer);
			String path = uri.getRawPath();
			boolean sameHost = uri.getHost() == null || uri.getHost().equalsIgnoreCase(request.getServerName());
			if (!sameHost || path == null || !path.startsWith("/") || path.startsWith("//")) {
				return "/";
			}
			return (uri.getRawQuery() == null) ? path : path + "?" + uri.getRawQuery();
		}
		catch (IllegalArgumentException ex) {
			return "/";
		}
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String badPathValue(MethodArgumentTypeMismatchException ex) {
		return "error/404";
	}

}
