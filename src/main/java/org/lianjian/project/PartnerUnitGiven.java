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
 * A partner row with anything typed into it names its unit: a row without a unit would
 * otherwise be dropped with what was typed in it. A wholly empty row is a spare row and
 * passes. The message sits beside the row's unit.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PartnerUnitGiven.Check.class)
public @interface PartnerUnitGiven {

	String message() default "{project.partner.unitRequired}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks one partner row. */
	class Check implements ConstraintValidator<PartnerUnitGiven, PartnerForm> {

		@Override
		public boolean isValid(@Nullable PartnerForm row, ConstraintValidatorContext context) {
			if (row == null || row.unitId() != null || !row.hasContent()) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("unitId")
				.addConstraintViolation();
			return false;
		}

	}

}
