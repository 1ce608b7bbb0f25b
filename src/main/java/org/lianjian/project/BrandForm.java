package org.lianjian.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * Adding or renaming a brand.
 *
 * @param name the brand's name
 * @param version the version renamed, null when adding
 */
public record BrandForm(@NotBlank(message = "{validation.required}") @Size(max = 50,
		message = "{validation.size.max}") @PlainText @Nullable String name, @Nullable Long version) {

}
