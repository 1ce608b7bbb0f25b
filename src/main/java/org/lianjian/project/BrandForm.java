package org.lianjian.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Adding or renaming a brand.
 *
 * @param name the brand's name
 * @param version the version renamed, null when adding
 */
public record BrandForm(
		@NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max}") @Pattern(
				regexp = "[^\\p{Cntrl}]*", message = "{validation.noControl}") @Nullable String name,
		@Nullable Long version) {

}
