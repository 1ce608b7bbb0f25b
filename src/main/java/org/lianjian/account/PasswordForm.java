package org.lianjian.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Change one's own password.
 */
public record PasswordForm(@NotBlank(message = "{validation.required}") @Nullable String currentPassword,
		@NotBlank(message = "{validation.required}") @Size(min = 10, max = 128,
				message = "{password.size}") @Nullable String newPassword,
		@NotBlank(message = "{validation.required}") @Nullable String confirmPassword) {

	static PasswordForm empty() {
		return new PasswordForm("", "", "");
	}

}
