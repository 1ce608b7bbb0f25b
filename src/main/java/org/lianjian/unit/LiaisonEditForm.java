package org.lianjian.unit;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * What a liaison may change directly on their own unit: its contact fields, headcount,
 * party member count and address, plus the phone and email of their own appointment.
 * Everything else goes through a change request or staff.
 *
 * @param version the unit's version the form was rendered with
 * @param liaisonVersion the version of the liaison's own appointment, or null when the
 * account has no appointment record
 */
public record LiaisonEditForm(
		@Size(max = 40, message = "{validation.size.max}") @Pattern(regexp = "[0-9+()\\- ]*",
				message = "{unit.phone.invalid}") @Nullable String contactPhone,
		@Size(max = 120, message = "{validation.size.max}") @Email(
				message = "{unit.email.invalid}") @Nullable String contactEmail,
		@NotNull(message = "{count.required}") @Min(value = 0, message = "{validation.min}") @Max(value = 1_000_000,
				message = "{validation.max}") @Nullable Integer headcount,
		@NotNull(message = "{count.required}") @Min(value = 0, message = "{validation.min}") @Max(value = 1_000_000,
				message = "{validation.max}") @Nullable Integer partyMemberCount,
		@Size(max = 200, message = "{validation.size.max}") @PlainText @Nullable String address,
		@Size(max = 40, message = "{validation.size.max}") @Pattern(regexp = "[0-9+()\\- ]*",
				message = "{unit.phone.invalid}") @Nullable String liaisonPhone,
		@Size(max = 120, message = "{validation.size.max}") @Email(
				message = "{unit.email.invalid}") @Nullable String liaisonEmail,
		@Nullable Long version, @Nullable Long liaisonVersion) {

}
