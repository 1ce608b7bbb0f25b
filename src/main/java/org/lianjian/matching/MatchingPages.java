package org.lianjian.matching;

import jakarta.servlet.http.HttpServletResponse;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A refused step on a need or order page, as a message on top of the page in the reader's
 * language: a step the status does not allow, or a page that was stale (409).
 */
@Component
class MatchingPages {

	private final MessageSource messages;

	MatchingPages(MessageSource messages) {
		this.messages = messages;
	}

	void refused(RuleViolationException ex, Model model, HttpServletResponse response) {
		model.addAttribute("actionError",
				this.messages.getMessage(ex.getCode(), ex.getArgs(), ex.getCode(), LocaleContextHolder.getLocale()));
		response.setStatus(HttpStatus.CONFLICT.value());
	}

	void stale(StaleEditException ex, Model model, HttpServletResponse response) {
		model.addAttribute("actionError", this.messages.getMessage("conflict.stale",
				new Object[] { ex.getExpected(), ex.getActual() }, "conflict.stale", LocaleContextHolder.getLocale()));
		response.setStatus(HttpStatus.CONFLICT.value());
	}

}
