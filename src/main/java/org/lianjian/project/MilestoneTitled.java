package org.lianjian.project;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * A milestone row with a date has a title: a row without one would otherwise be dropped
 * with its dates. A wholly empty row is a spare row and passes. The message sits beside
 * the title.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MilestoneTitled.Check.class)
public @interface MilestoneTitled {

	String message() default "{project.milestone.titleRequired}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks one milestone row. */
	class Check implements ConstraintValidator<MilestoneTitled, MilestoneForm> {

		@Override
		public boolean isValid(@Nullable MilestoneForm row, ConstraintValidatorContext context) {
			if (row == null || !row.isBlank() || !row.hasDates()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("title")
				.addConstraintViolation();
			return false;
		}

	}

}
