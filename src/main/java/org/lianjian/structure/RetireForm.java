package org.lianjian.structure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Retire an organisation as of a date.
 */
public record RetireForm(@NotNull(message = "{validation.required}") @DateTimeFormat(
		iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate retiredOn, @NotNull @Nullable Long version) {

}
