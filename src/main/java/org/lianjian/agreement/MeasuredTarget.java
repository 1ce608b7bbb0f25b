package org.lianjian.agreement;

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
 * A commitment's target fits its measure: a qualitative commitment has no target
 * quantity, any other measure has one. The message sits beside the target field.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = MeasuredTarget.Check.class)
public @interface MeasuredTarget {

	String message() default "{commitment.measure.targetRequired}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks one commitment row. */
	class Check implements ConstraintValidator<MeasuredTarget, CommitmentForm> {

		@Override
		public boolean isValid(@Nullable CommitmentForm row, ConstraintValidatorContext context) {
			if (row == null || row.measure() == null) {
				return true;
			}
			boolean qualitative = row.measure().qualitative();
			if (qualitative == (row.targetQuantity() == null)) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context
				.buildConstraintViolationWithTemplate(
						qualitative ? "{commitment.measure.noTarget}" : context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("targetQuantity")
				.addConstraintViolation();
			return false;
		}

	}

}
