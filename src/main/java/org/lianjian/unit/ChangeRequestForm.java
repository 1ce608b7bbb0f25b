package org.lianjian.unit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * A liaison asks staff to change a protected field. The proposed value is checked per
 * field by the service (credit code check character, enum names for category and rank).
 */
public record ChangeRequestForm(@NotNull(message = "{validation.required}") @Nullable ProtectedField field,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") @PlainText @Nullable String proposedValue,
		@Size(max = 500,
				message = "{validation.size.max}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String comment) {

	static ChangeRequestForm empty(@Nullable ProtectedField field) {
		return new ChangeRequestForm(field, "", "");
	}

}
