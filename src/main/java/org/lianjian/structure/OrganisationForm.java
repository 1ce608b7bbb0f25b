package org.lianjian.structure;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * Create or edit an organisation. The parent is only used on creation; moving is its own
 * action.
 */
public record OrganisationForm(@NotNull(message = "{validation.required}") @Nullable OrganisationType type,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") @PlainText @Nullable String name,
		@Size(max = 60, message = "{validation.size.max}") @PlainText @Nullable String shortName,
		@Nullable Long parentId,
		@Size(max = 60, message = "{validation.size.max}") @PlainText @Nullable String secretaryName,
		@Size(max = 120, message = "{validation.size.max}") @PlainText @Nullable String contact,
		@NotNull(message = "{count.required}") @Min(value = 0, message = "{validation.min}") @Max(value = 1_000_000,
				message = "{validation.max}") @Nullable Integer memberCount,
		@Nullable Long version) {

	static OrganisationForm empty(@Nullable Long parentId) {
		return new OrganisationForm(null, "", "", parentId, "", "", 0, null);
	}

	static OrganisationForm of(OrganisationDetail d) {
		return new OrganisationForm(d.type(), d.name(), d.shortName(), d.parentId(), d.secretaryName(), d.contact(),
				d.memberCount(), d.version());
	}

}
