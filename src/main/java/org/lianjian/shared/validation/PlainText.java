package org.lianjian.shared.validation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.OverridesAttribute;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;

/**
 * Text typed by a person: no control characters. A one-line field (a name, an address)
 * refuses them all; a field with {@code lines = PlainText.MANY_LINES} (a reason, a note)
 * also accepts tabs and line breaks. A blank or missing value is valid; combine with
 * {@code @NotBlank} where the field is required. The message is
 * {@code validation.noControl}, beside the field.
 * <p>
 * Composed of {@link Pattern}, so that every form, the ledger import and any other caller
 * of the validator apply the same definition.
 */
@Documented
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = PlainText.ONE_LINE)
@Target({ ElementType.METHOD, ElementType.FIELD, ElementType.ANNOTATION_TYPE, ElementType.CONSTRUCTOR,
		ElementType.PARAMETER, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
public @interface PlainText {

	/** Any character but a control character. */
	String ONE_LINE = "[^\\p{Cntrl}]*";

	/** Any character but a control character other than tab, line feed and return. */
	String MANY_LINES = "[\\P{Cntrl}\\t\\n\\r]*";

	String message() default "{validation.noControl}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * The characters allowed: {@link #ONE_LINE} (the default) or {@link #MANY_LINES} for
	 * a text area.
	 * @return the pattern the whole value must match
	 */
	@OverridesAttribute(constraint = Pattern.class, name = "regexp")
	String lines() default ONE_LINE;

}
