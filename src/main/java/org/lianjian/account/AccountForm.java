package org.lianjian.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * Create or edit an account: its name, role and scope. Passwords are never part of this
 * form: a new account gets a one-time password that must be changed at first login.
 */
public record AccountForm(
		@NotBlank(message = "{validation.required}") @Size(min = 3, max = 60,
				message = "{validation.size.range}") @Pattern(regexp = "[A-Za-z0-9._-]*",
						message = "{account.username.pattern}") @Nullable String username,
		@NotBlank(message = "{validation.required}") @Size(max = 60,
				message = "{validation.size.max}") @PlainText @Nullable String displayName,
		@NotNull(message = "{validation.required}") @Nullable Role role, @Nullable Long scopeOrganisationId,
		@Nullable Long scopeUnitId, @Nullable Long version) {

	static AccountForm empty() {
		return new AccountForm("", "", Role.STAFF, null, null, null);
	}

}
