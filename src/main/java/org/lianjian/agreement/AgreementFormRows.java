package org.lianjian.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * The agreement form's commitment rows as posted: a row added or taken away, rows left
 * blank, and the errors worth showing for them.
 */
@Component
class AgreementFormRows {

	private final SpringValidatorAdapter validator;

	AgreementFormRows(Validator validator) {
		this.validator = new SpringValidatorAdapter(validator);
	}

	/** The form as posted, with the link to the renewed agreement and the version set. */
	static AgreementForm copy(AgreementForm f, @Nullable Long renewedFromId, @Nullable Long version) {
		return new AgreementForm(f.title(), f.level(), f.communityOrgId(), f.unitIds(), f.areas(), f.termStart(),
				f.termEnd(), f.summary(), f.parentAgreementId(), renewedFromId, f.commitments(), version);
	}

	/** The form again with a blank row added, or one row taken away (no errors shown). */
	static AgreementForm rowsChanged(AgreementForm f, boolean add, @Nullable Integer remove) {
		List<CommitmentForm> rows = new ArrayList<>();
		if (f.commitments() != null) {
			for (int i = 0; i < f.commitments().size(); i++) {
				CommitmentForm row = f.commitments().get(i);
				if (row != null && (remove == null || remove != i)) {
					rows.add(row);
				}
			}
		}
		if (add || rows.isEmpty()) {
			rows.add(CommitmentForm.blank());
		}
		return new AgreementForm(f.title(), f.level(), f.communityOrgId(),
				f.unitIds() == null ? new ArrayList<>() : f.unitIds(), f.areas() == null ? Set.of() : f.areas(),
				f.termStart(), f.termEnd(), f.summary(), f.parentAgreementId(), f.renewedFromId(), rows, f.version());
	}

	/**
	 * The errors to show. Rows left completely empty are dropped on save, so their
	 * "required" errors are left out; and when binding failed for a value (a date typed
	 * wrongly), the form object is put back beside its errors so the page can re-render
	 * every row with the input kept. The returned result is also the one in the model.
	 */
	BindingResult effectiveErrors(AgreementForm form, BindingResult result, Model model) {
		// a blank or control-character value converts to no area at all: refuse it beside
		// the checkboxes rather than fail on the null later
		if (form.areas() != null && form.areas().contains(null) && !result.hasFieldErrors("areas")) {
			result.addError(new FieldError("form", "areas", null, false, new String[] { "agreement.areas.invalid" },
					null, "agreement.areas.invalid"));
		}
		List<CommitmentForm> rows = form.commitments() == null ? List.of() : form.commitments();
		boolean gaps = rows.stream().anyMatch(Objects::isNull);
		AgreementForm target = gaps ? rowsChanged(form, false, null) : form;
		List<String> blank = new ArrayList<>();
		for (int i = 0; !gaps && i < rows.size(); i++) {
			String path = "commitments[" + i + "]";
			boolean typedSomething = result.getFieldErrors()
				.stream()
				.anyMatch((e) -> e.isBindingFailure() && e.getField().startsWith(path + "."));
			if (isBlank(rows.get(i)) && !typedSomething) {
				blank.add(path);
			}
		}
		if (result.getTarget() == target && (blank.isEmpty() || !result.hasErrors())) {
			return result;
		}
		BindingResult fresh = new BeanPropertyBindingResult(target, "form");
		result.getGlobalErrors().forEach(fresh::addError);
		result.getFieldErrors()
			.stream()
			.filter((e) -> gaps ? !e.getField().startsWith("commitments[")
					: blank.stream().noneMatch((b) -> e.getField().startsWith(b + ".")))
			.forEach(fresh::addError);
		if (result.getTarget() == null) {
			// binding failed for some value, so the rows were not validated yet: do it
			// now,
			// to show every error at once
			BindingResult checked = new BeanPropertyBindingResult(target, "form");
			this.validator.validate(target, checked);
			checked.getFieldErrors()
				.stream()
				.filter((e) -> !fresh.hasFieldErrors(e.getField()))
				.filter((e) -> blank.stream().noneMatch((b) -> e.getField().startsWith(b + ".")))
				.forEach(fresh::addError);
		}
		model.addAttribute("form", target);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
		return fresh;
	}

	private static boolean isBlank(CommitmentForm row) {
		return (row.description() == null || row.description().isBlank()) && row.area() == null
				&& row.targetQuantity() == null && (row.targetUnit() == null || row.targetUnit().isBlank())
				&& row.dueDate() == null;
	}

}
