package org.lianjian.agreement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Create a pairing (结对): an organisation with either a resident unit or another
 * organisation (branch with branch). Exactly one of {@code unitId} and
 * {@code partnerOrgId} is set; the service checks it.
 */
public record PairingForm(@NotNull(message = "{validation.required}") @Nullable Long organisationId,
		@Nullable Long unitId, @Nullable Long partnerOrgId,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate,
		@Size(max = 500, message = "{validation.size.max}") @PlainText @Nullable String note) {

	static PairingForm empty(LocalDate today, @Nullable Long organisationId, @Nullable Long unitId) {
		return new PairingForm(organisationId, unitId, null, today, null, "");
	}

}
