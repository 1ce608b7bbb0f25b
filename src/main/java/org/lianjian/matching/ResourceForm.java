package org.lianjian.matching;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * The resource form. The provider is the liaison's unit, or for staff the unit chosen
 * (none: the community's own resource); it is fixed once saved.
 *
 * @param title the menu item's name
 * @param description what is offered
 * @param categoryId its category
 * @param providerUnitId the unit that gives it (staff only; a liaison's is their unit)
 * @param areaId the residential area it is offered in
 * @param location where
 * @param conditions on what conditions
 * @param capacityPerYear how much per year
 * @param measure what the capacity counts
 * @param published whether it is on the service menu
 * @param version the version edited, null when creating
 */
public record ResourceForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") @PlainText @Nullable String title,
		@Size(max = 4000, message = "{validation.size.max}") @PlainText(
				lines = PlainText.MANY_LINES) @Nullable String description,
		@NotNull(message = "{validation.required}") @Nullable Long categoryId, @Nullable Long providerUnitId,
		@Nullable Long areaId, @Size(max = 300, message = "{validation.size.max}") @PlainText @Nullable String location,
		@Size(max = 1000,
				message = "{validation.size.max}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String conditions,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", inclusive = false,
				message = "{matching.quantity.positive}") @DecimalMax(value = "1000000",
						message = "{validation.max}") @Digits(integer = 7, fraction = 2,
								message = "{validation.decimals}") @Nullable BigDecimal capacityPerYear,
		@NotNull(message = "{validation.required}") @Nullable Measure measure, boolean published,
		@Nullable Long version) {

	static ResourceForm empty(@Nullable Long providerUnitId) {
		return new ResourceForm("", "", null, providerUnitId, null, "", "", null, Measure.SESSIONS, true, null);
	}

	ServiceResource.Details details() {
		return new ServiceResource.Details(NeedForm.blankless(this.title), NeedForm.blankToNull(this.description),
				this.categoryId, null, this.areaId, NeedForm.blankToNull(this.location),
				NeedForm.blankToNull(this.conditions), this.capacityPerYear, this.measure, this.published);
	}

}
