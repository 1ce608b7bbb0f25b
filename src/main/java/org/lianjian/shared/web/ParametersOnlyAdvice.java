package org.lianjian.shared.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

/**
 * Binds forms and filters from the request's parameters and path only. Spring MVC also
 * fills a {@code @ModelAttribute} from request headers of the same name (a header
 * {@code Page: 3} would turn a list to page 3, {@code Q: x} would search), which no page
 * of the portal means and which a proxy could trigger.
 */
@ControllerAdvice
class ParametersOnlyAdvice {

	@InitBinder
	void noHeaders(WebDataBinder binder) {
		if (binder instanceof ExtendedServletRequestDataBinder servlet) {
			servlet.setHeaderPredicate((name) -> false);
		}
	}

}
