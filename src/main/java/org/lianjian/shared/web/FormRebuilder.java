package org.lianjian.shared.web;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionService;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.web.bind.WebDataBinder;

/**
 * Gives a form page its form back when a submitted value could not be converted (a date
 * that is no date, a number that is no number).
 *
 * <p>
 * Spring binds a record form through its constructor; when one value fails to convert, no
 * record is built and the handler gets {@code null}, with the conversion errors in the
 * binding result. The page then has no form to render. This builds the record again from
 * the request with the unconvertible values left empty, validates it, and puts it into
 * the model with the conversion errors and the other validation errors, so the page
 * re-renders with a message beside each field and the rest of the input intact.
 */
@Component
public class FormRebuilder {

	private final ConversionService conversions;

	private final Validator validator;

	FormRebuilder(@Qualifier("mvcConversionService") ConversionService conversions,
			@Qualifier("mvcValidator") Validator validator) {
		this.conversions = conversions;
		this.validator = validator;
	}

	/**
	 * The bound form, or, when binding could not build it, one rebuilt from the request.
	 * @param <T> the form type
	 * @param form what Spring bound (null after a conversion error)
	 * @param type the form record's class
	 * @param name the model attribute name of the form
	 * @param result the binding result Spring filled
	 * @param request the request
	 * @param model the model, which receives the rebuilt form and its binding result
	 * @return the form to render
	 */
	public <T> T orRebuild(@Nullable T form, Class<T> type, String name, BindingResult result,
			HttpServletRequest request, Model model) {
		if (form != null) {
			return form;
		}
		Set<String> failed = new HashSet<>();
		for (FieldError error : result.getFieldErrors()) {
			if (error.isBindingFailure()) {
				failed.add(error.getField());
			}
		}
		WebDataBinder binder = new WebDataBinder(null, name);
		binder.setTargetType(ResolvableType.forClass(type));
		binder.setConversionService(this.conversions);
		binder.construct(new Values(request, failed));
		Object target = binder.getTarget();
		if (target == null) {
			throw new IllegalStateException(
					"cannot rebuild " + type.getSimpleName() + ": " + binder.getBindingResult());
		}
		T rebuilt = type.cast(target);
		BindingResult fresh = binder.getBindingResult();
		fresh.addAllErrors(result);
		BindingResult check = new BeanPropertyBindingResult(rebuilt, name);
		this.validator.validate(rebuilt, check);
		for (ObjectError error : check.getAllErrors()) {
			if (!(error instanceof FieldError fe) || !failed.contains(fe.getField())) {
				fresh.addError(error);
			}
		}
		model.addAttribute(name, rebuilt);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, fresh);
		return rebuilt;
	}

	/** The request parameters, without those that failed to convert. */
	private static final class Values implements DataBinder.ValueResolver {

		private final HttpServletRequest request;

		private final Set<String> failed;

		Values(HttpServletRequest request, Set<String> failed) {
			this.request = request;
			this.failed = failed;
		}

		@Override
		public @Nullable Object resolveValue(String name, Class<?> type) {
			if (this.failed.contains(name)) {
				return null;
			}
			String[] values = this.request.getParameterValues(name);
			if (values == null || values.length == 0) {
				return null;
			}
			return (values.length == 1) ? values[0] : values;
		}

		@Override
		public Set<String> getNames() {
			Set<String> names = new LinkedHashSet<>(this.request.getParameterMap().keySet());
			names.removeAll(this.failed);
			return names;
		}

	}

}
