package org.lianjian.activity;

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
 * A named-volunteer row with a unit or hours also has a name: a row without one would
 * otherwise be dropped with what was typed in it. A wholly empty row passes. The message
 * sits beside the name.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = VolunteerNamed.Check.class)
public @interface VolunteerNamed {

	String message() default "{activity.validation.volunteerName}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks one volunteer row. */
	class Check implements ConstraintValidator<VolunteerNamed, HeldForm.VolunteerRow> {

		@Override
		public boolean isValid(HeldForm.@Nullable VolunteerRow row, ConstraintValidatorContext context) {
			if (row == null || row.isNamed() || (row.unitId() == null && row.hours() == null)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("name")
				.addConstraintViolation();
			return false;
		}

	}

}
