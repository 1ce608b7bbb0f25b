package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Dispatching straight from a suggestion (staff): the order's quantity (in the resource's
 * measure) and wanted date, and the provider's reply-by date.
 *
 * @param quantity how much
 * @param wantedDate when the service is wanted
 * @param replyBy the day the provider must answer by
 */
record SuggestionForm(@NotNull(message = "{validation.required}") @DecimalMin(value = "0", inclusive = false,
		message = "{matching.quantity.positive}") @DecimalMax(value = "1000000", message = "{validation.max}") @Digits(
				integer = 7, fraction = 2, message = "{validation.decimals}") @Nullable BigDecimal quantity,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate wantedDate,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate replyBy) {

}
