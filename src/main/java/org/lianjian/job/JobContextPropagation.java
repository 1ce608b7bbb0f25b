package org.lianjian.job;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.task.TaskDecorator;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs a job as the user who started it and in their language: carries the submitting
 * thread's authentication and locale to the job thread, and clears both afterwards so
 * nothing leaks to the pool's next task.
 */
final class JobContextPropagation implements TaskDecorator {

	@Override
	public Runnable decorate(Runnable runnable) {
		@Nullable Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		@Nullable LocaleContext locale = LocaleContextHolder.getLocaleContext();
		return () -> {
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication);
			SecurityContextHolder.setContext(context);
			LocaleContextHolder.setLocaleContext(locale);
			try {
				runnable.run();
			}
			finally {
				SecurityContextHolder.clearContext();
				LocaleContextHolder.resetLocaleContext();
			}
		};
	}

}
