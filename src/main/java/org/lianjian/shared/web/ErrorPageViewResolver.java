package org.lianjian.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.DefaultErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * Boot's resolver of the error templates (templates/error/404.html and the others),
 * giving each template the status and the path, but not Boot's English reason phrase and
 * message. The reason phrase comes in the model as {@code error}, the name under which
 * the layout expects the key of a message for its red alert, so every error page showed
 * "??Not Found_zh_CN??". An error page shows only its own translated text.
 */
public class ErrorPageViewResolver extends DefaultErrorViewResolver {

	/** Boot's model entries that are English text for developers, not for the reader. */
	private static final String[] DEVELOPER_TEXT = { "error", "message", "exception", "trace", "errors" };

	public ErrorPageViewResolver(ApplicationContext context, WebProperties.Resources resources) {
		super(context, resources);
	}

	@Override
	public @Nullable ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status,
			Map<String, Object> model) {
		Map<String, Object> own = new LinkedHashMap<>(model);
		for (String name : DEVELOPER_TEXT) {
			own.remove(name);
		}
		return super.resolveErrorView(request, status, own);
	}

}
