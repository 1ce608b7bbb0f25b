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
 * A named-volunteer row is either wholly empty (it is dropped) or complete: a row with a
 * unit or hours also has a name, or it would be dropped with what was typed in it; and a
 * named volunteer has their hours, or a blank would be recorded as 0 hours. Each message
 * sits beside the field that is missing.
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
			if (row == null || (row.isNamed() && row.hours() != null)
					|| (!row.isNamed() && row.unitId() == null && row.hours() == null)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			if (row.isNamed()) {
				context.buildConstraintViolationWithTemplate("{activity.validation.volunteerHours}")
					.addPropertyNode("hours")
					.addConstraintViolation();
			}
			else {
				context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
					.addPropertyNode("name")
					.addConstraintViolation();
			}
			return false;
		}

	}

}
