package org.lianjian.unit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The unit form's rules across fields, for the form and the ledger import alike: a unit
 * cannot leave before it arrived nor join the coordination committee before it arrived,
 * and only a unit with a party organisation can join the committee (its members are the
 * units' party organisations). Each message is put against its field.
 */
@Documented
@Constraint(validatedBy = ValidUnitDates.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidUnitDates {

	String message() default "{unit.date.range}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the form.
	 */
	class Validator implements ConstraintValidator<ValidUnitDates, UnitForm> {

		@Override
		public boolean isValid(UnitForm form, ConstraintValidatorContext context) {
			if (form == null) {
				return true;
			}
			boolean valid = true;
			if (form.effectiveFrom() != null && form.statusDate() != null
					&& form.statusDate().isBefore(form.effectiveFrom())) {
				valid = reject(context, "statusDate", "{unit.statusDate.beforeStart}");
			}
			if (form.effectiveFrom() != null && form.coordinationMemberSince() != null
					&& form.coordinationMemberSince().isBefore(form.effectiveFrom())) {
				valid = reject(context, "coordinationMemberSince", "{unit.coordinationMemberSince.beforeStart}");
			}
			if (form.coordinationMember() && form.partyOrgKind() == null) {
				valid = reject(context, "coordinationMember", "{unit.coordinationMember.partyOrgNeeded}");
			}
			return valid;
		}

		private static boolean reject(ConstraintValidatorContext context, String field, String message) {
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
