package org.lianjian.structure;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Add an organisation to a network or co-governance committee.
 */
public record MembershipForm(@NotNull(message = "{validation.required}") @Nullable Long groupId,
		@NotNull(message = "{validation.required}") @Nullable MembershipRole role,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validFrom,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate validTo) {

	static MembershipForm empty(LocalDate today) {
		return new MembershipForm(null, MembershipRole.MEMBER, today, null);
	}

}
