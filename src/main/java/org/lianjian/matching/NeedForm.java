package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The need form, for raising and editing a need.
 *
 * @param title what is needed
 * @param description more detail
 * @param categoryId its category
 * @param areaId the residential area
 * @param gridCell the grid cell, as text
 * @param peopleServed how many people it serves
 * @param quantity how much, in its measure
 * @param measure what the quantity counts
 * @param wantedBy the day it is wanted by
 * @param urgency how urgent
 * @param projectId the service project that meets it
 * @param version the version edited, null when raising
 */
public record NeedForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") @PlainText @Nullable String title,
		@Size(max = 4000, message = "{validation.size.max}") @PlainText(
				lines = PlainText.MANY_LINES) @Nullable String description,
		@NotNull(message = "{validation.required}") @Nullable Long categoryId,
		@NotNull(message = "{validation.required}") @Nullable Long areaId,
		@Size(max = 60, message = "{validation.size.max}") @PlainText @Nullable String gridCell,
		@Min(value = 0, message = "{validation.min}") @Max(value = 1_000_000,
				message = "{validation.max}") @Nullable Integer peopleServed,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", inclusive = false,
				message = "{matching.quantity.positive}") @DecimalMax(value = "1000000",
						message = "{validation.max}") @Digits(integer = 7, fraction = 2,
								message = "{validation.decimals}") @Nullable BigDecimal quantity,
		@NotNull(message = "{validation.required}") @Nullable Measure measure,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate wantedBy,
		@NotNull(message = "{validation.required}") @Nullable Urgency urgency, @Nullable Long projectId,
		@Nullable Long version) {

	static NeedForm empty(@Nullable Long areaId) {
		return new NeedForm("", "", null, areaId, "", null, null, Measure.SESSIONS, null, Urgency.NORMAL, null, null);
	}

	Need.Details details() {
		return new Need.Details(blankless(this.title), blankToNull(this.description), this.categoryId, this.areaId,
				blankToNull(this.gridCell), this.peopleServed, this.quantity, this.measure, this.wantedBy, this.urgency,
				this.projectId);
	}

	static @Nullable String blankToNull(@Nullable String s) {
		return (s == null || s.isBlank()) ? null : s.strip();
	}

	static String blankless(@Nullable String s) {
		return (s == null) ? "" : s.strip();
	}

}
