package org.lianjian.unit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import org.jspecify.annotations.Nullable;

/**
 * The unit form's rules across fields, for the form and the ledger import alike (both
 * validate a {@link UnitForm}). Each message is put against its field:
 * <ul>
 * <li>a unit cannot leave, nor join the committee, before it arrived;</li>
 * <li>a unit that moved out or closed needs its status date, and an active unit has
 * none;</li>
 * <li>only a unit with a party organisation can join the committee (its members are the
 * units' party organisations), and a joining date needs the coordination-member
 * tick;</li>
 * <li>every date lies between {@value #MIN_YEAR} and {@value #MAX_YEAR}, a date the
 * registry can mean (not year +999999999, which the browser's picker cannot show).</li>
 * </ul>
 */
@Documented
@Constraint(validatedBy = ValidUnitForm.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ValidUnitForm {

	/** The first year a date on the form may have. */
	int MIN_YEAR = 1900;

	/** The last year a date on the form may have. */
	int MAX_YEAR = 2200;

	String message() default "{unit.date.range}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/**
	 * Checks the form. A field gets one message, the first rule it breaks in the order
	 * above.
	 */
	class Validator implements ConstraintValidator<ValidUnitForm, UnitForm> {

		@Override
		public boolean isValid(@Nullable UnitForm form, ConstraintValidatorContext context) {
			if (form == null) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			Rejections r = new Rejections(context);
			checkOrder(form, r);
			checkStatus(form, r);
			checkCoordination(form, r);
			r.inRange(form.statusDate(), "statusDate");
			r.inRange(form.coordinationMemberSince(), "coordinationMemberSince");
			r.inRange(form.effectiveFrom(), "effectiveFrom");
			return r.fields.isEmpty();
		}

		/** Nothing happens to a unit before it arrived. */
		private static void checkOrder(UnitForm form, Rejections r) {
			LocalDate start = form.effectiveFrom();
			if (start != null && form.statusDate() != null && form.statusDate().isBefore(start)) {
				r.reject("statusDate", "{unit.statusDate.beforeStart}");
			}
			if (start != null && form.coordinationMemberSince() != null
					&& form.coordinationMemberSince().isBefore(start)) {
				r.reject("coordinationMemberSince", "{unit.coordinationMemberSince.beforeStart}");
			}
		}

		/** A unit that moved out or closed has a status date; an active one has none. */
		private static void checkStatus(UnitForm form, Rejections r) {
			if (form.status() != null && form.status() != UnitStatus.ACTIVE && form.statusDate() == null) {
				r.reject("statusDate", "{unit.statusDate.required}");
			}
			// a date that would not be kept is refused rather than dropped on save
			if (form.status() == UnitStatus.ACTIVE && form.statusDate() != null) {
				r.reject("statusDate", "{unit.statusDate.notApplicable}");
			}
		}

		private static void checkCoordination(UnitForm form, Rejections r) {
			if (form.coordinationMember() && form.partyOrgKind() == null) {
				r.reject("coordinationMember", "{unit.coordinationMember.partyOrgNeeded}");
			}
			if (!form.coordinationMember() && form.coordinationMemberSince() != null) {
				r.reject("coordinationMemberSince", "{unit.coordinationMemberSince.notApplicable}");
			}
		}

		/** The messages so far, at most one per field. */
		private static final class Rejections {

			private final ConstraintValidatorContext context;

			private final Set<String> fields = new HashSet<>();

			Rejections(ConstraintValidatorContext context) {
				this.context = context;
			}

			void inRange(@Nullable LocalDate date, String field) {
				if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
					reject(field, "{unit.date.range}");
				}
			}

			void reject(String field, String message) {
				if (this.fields.add(field)) {
					this.context.buildConstraintViolationWithTemplate(message)
						.addPropertyNode(field)
						.addConstraintViolation();
				}
			}

		}

	}

}
