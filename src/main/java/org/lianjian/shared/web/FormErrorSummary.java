package org.lianjian.shared.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The summary of a failed save that the layout shows on top of every page with a form in
 * error ("2 处需要修改"): one link per field in error, to the field. It reads every binding
 * result in the model after the controller ran, so no form has to do anything for it.
 * Refusals without a field stay in the form's own alert and are not repeated here.
 */
class FormErrorSummary implements HandlerInterceptor {

	/** The model attribute the layout renders. */
	static final String ATTRIBUTE = "formErrors";

	private final MessageSource messages;

	FormErrorSummary(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * One field in error.
	 *
	 * @param field the field's bound name, for example {@code commitments[0].description}
	 * @param anchor the id Thymeleaf's {@code th:field} gives the field's input (the
	 * page's script follows the name when a template chose another id)
	 * @param message the first message for the field, in the reader's language
	 */
	public record Item(String field, String anchor, String message) {

	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			@Nullable ModelAndView mav) {
		if (mav == null || !mav.hasView() || (mav.getViewName() != null && mav.getViewName().startsWith("redirect:"))
				|| mav.getModel().containsKey(ATTRIBUTE)) {
			return;
		}
		List<Item> items = items(mav.getModel(), RequestContextUtils.getLocale(request));
		if (!items.isEmpty()) {
			mav.addObject(ATTRIBUTE, items);
		}
	}

	List<Item> items(Map<String, Object> model, Locale locale) {
		Map<String, Item> byField = new LinkedHashMap<>();
		for (Map.Entry<String, Object> entry : model.entrySet()) {
			if (entry.getKey().startsWith(BindingResult.MODEL_KEY_PREFIX)
					&& entry.getValue() instanceof BindingResult result) {
				for (FieldError error : result.getFieldErrors()) {
					byField.putIfAbsent(error.getField(), new Item(error.getField(), anchor(error.getField()),
							this.messages.getMessage(error, locale)));
				}
			}
		}
		return new ArrayList<>(byField.values());
	}

	/** The id {@code th:field} derives from a field's name: without brackets. */
	static String anchor(String field) {
		return field.replace("[", "").replace("]", "");
	}

}
