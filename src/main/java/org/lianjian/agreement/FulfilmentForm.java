package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Log what was delivered against a commitment.
 */
public record FulfilmentForm(@NotNull(message = "{validation.required}") @Nullable Long commitmentId,
		@NotNull(message = "{validation.required}") @PastOrPresent(
				message = "{fulfilment.date.future}") @DateTimeFormat(
						iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate happenedOn,
		@NotBlank(message = "{validation.required}") @Size(max = 1000,
				message = "{validation.size.max}") @PlainText @Nullable String description,
		@NotNull(message = "{validation.required}") @DecimalMin(value = "0", message = "{validation.min}") @DecimalMax(
				value = "1000000", message = "{validation.max}") @Digits(integer = 10, fraction = 2,
						message = "{validation.decimals}") @Nullable BigDecimal quantity) {

	static FulfilmentForm empty(LocalDate today, @Nullable Long commitmentId) {
		return new FulfilmentForm(commitmentId, today, "", BigDecimal.ONE);
	}

}
