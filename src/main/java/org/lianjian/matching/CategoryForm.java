package org.lianjian.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * A category as staff add or edit it.
 *
 * @param name its name, unique
 * @param sortOrder its place in lists
 * @param active whether it is offered for new needs and resources
 * @param version the version edited, null when adding
 */
public record CategoryForm(
		@NotBlank(message = "{validation.required}") @Size(max = 40,
				message = "{validation.size.max}") @PlainText @Nullable String name,
		@NotNull(message = "{validation.required}") @Min(value = 0, message = "{validation.min}") @Max(value = 10_000,
				message = "{validation.max}") @Nullable Integer sortOrder,
		boolean active, @Nullable Long version) {

	static CategoryForm empty(int sortOrder) {
		return new CategoryForm("", sortOrder, true, null);
	}

}
