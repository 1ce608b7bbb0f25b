package org.lianjian.dashboard;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The to-do list's texts, in the request's language. */
@Component
class TodoText {

	private final MessageSource messages;

	TodoText(MessageSource messages) {
		this.messages = messages;
	}

	String get(String key, Object... args) {
		return raw("dashboard.todo." + key, args);
	}

	String raw(String code, Object... args) {
		return this.messages.getMessage(code, args, LocaleContextHolder.getLocale());
	}

}
