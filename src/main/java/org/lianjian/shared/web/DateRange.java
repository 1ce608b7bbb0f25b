package org.lianjian.shared.web;

import java.text.ParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates typed into forms must fall in the years {@value #MIN_YEAR} to {@value #MAX_YEAR}.
 *
 * <p>
 * ISO dates allow years like 0000 or -0001, which PostgreSQL refuses or stores as another
 * day, and years like 9999 are typing mistakes. Every field or parameter carrying
 * {@link DateTimeFormat} is parsed as before and then refused outside that range; the
 * binder reports the refusal as the field error {@value #CODE} ("enter a date between
 * ...") instead of the generic conversion message.
 */
public final class DateRange {

	public static final int MIN_YEAR = 1900;

	public static final int MAX_YEAR = 2100;

	/** The message code of a date outside the range. */
	public static final String CODE = "validation.dateRange";

	private DateRange() {
	}

	/**
	 * A year given as a list filter, kept only inside the range: a year outside it (a
	 * typing mistake or a crafted link) is read as no year filter at all, as the other
	 * year pickers of the portal do, and never reaches a date computation.
	 * @param year the requested year, or null
	 * @return the year, or null when missing or outside {@value #MIN_YEAR} to
	 * {@value #MAX_YEAR}
	 */
	public static @Nullable Integer year(@Nullable Integer year) {
		return (year != null && year >= MIN_YEAR && year <= MAX_YEAR) ? year : null;
	}

	static boolean accepts(Object value) {
		if (value instanceof TemporalAccessor t && t.isSupported(ChronoField.YEAR)) {
			int year = t.get(ChronoField.YEAR);
			return year >= MIN_YEAR && year <= MAX_YEAR;
		}
		return true;
	}

	/** Thrown by the parser for a date outside the range. */
	static final class OutOfRangeException extends IllegalArgumentException {

		private static final long serialVersionUID = 1L;

		OutOfRangeException(String text) {
			super("date outside " + MIN_YEAR + "-" + MAX_YEAR + ": " + text);
		}

	}

	/**
	 * Spring's {@code @DateTimeFormat} support with the range check added; registered
	 * after the defaults, so it is the one used.
	 */
	static final class CheckedFormatFactory implements AnnotationFormatterFactory<DateTimeFormat> {

		private final Jsr310DateTimeFormatAnnotationFormatterFactory delegate = new Jsr310DateTimeFormatAnnotationFormatterFactory();

		@Override
		public Set<Class<?>> getFieldTypes() {
			return this.delegate.getFieldTypes();
		}

		@Override
		public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
			return this.delegate.getPrinter(annotation, fieldType);
		}

		@Override
		public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
			Parser<?> parser = this.delegate.getParser(annotation, fieldType);
			return (String text, Locale locale) -> parse(parser, text, locale);
		}

		private static Object parse(Parser<?> parser, String text, Locale locale) throws ParseException {
			Object value = parser.parse(text, locale);
			if (!accepts(value)) {
				throw new OutOfRangeException(text);
			}
			return value;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Formatting implements WebMvcConfigurer {

		@Override
		public void addFormatters(FormatterRegistry registry) {
			registry.addFormatterForFieldAnnotation(new CheckedFormatFactory());
		}

	}

	/** Reports a date outside the range with its own message code. */
	@ControllerAdvice
	static class Binding {

		private static final DefaultBindingErrorProcessor ERRORS = new DefaultBindingErrorProcessor() {

			@Override
			public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
				String field = ex.getPropertyName();
				if (ex instanceof TypeMismatchException && field != null && outOfRange(ex)) {
					String[] codes = result.resolveMessageCodes(CODE, field);
					result.addError(new FieldError(result.getObjectName(), field, ex.getValue(), true, codes,
							new Object[] { String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR) }, CODE));
					return;
				}
				super.processPropertyAccessException(ex, result);
			}

		};

		private static boolean outOfRange(Throwable ex) {
			for (Throwable t = ex; t != null; t = (t.getCause() == t) ? null : t.getCause()) {
				if (t instanceof OutOfRangeException) {
					return true;
				}
			}
			return false;
		}

		@InitBinder
		void checkDates(WebDataBinder binder) {
			binder.setBindingErrorProcessor(ERRORS);
		}

	}

}
