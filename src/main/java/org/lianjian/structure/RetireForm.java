package org.lianjian.structure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Retire an organisation as of a date: a retirement is recorded when it happens, not
 * ahead (the organisation list shows it retired at once, so the report, counting it until
 * that day, would disagree with the list until then).
 */
public record RetireForm(@NotNull(message = "{validation.required}") @PastOrPresent(
		message = "{validation.date.future}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate retiredOn,
		@NotNull @Nullable Long version) {

}
