package org.lianjian.activity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * Edit (or add) a festival template. {@code day} is required unless the rule is MONTH;
 * for LUNAR rows month and day are lunar.
 */
public record FestivalForm(
		@NotBlank(message = "{validation.required}") @Size(max = 100,
				message = "{validation.size.max}") @PlainText @Nullable String name,
		@NotNull(message = "{validation.required}") @Nullable FestivalDateRule dateRule,
		@NotNull(message = "{validation.required}") @Min(value = 1, message = "{validation.min}") @Max(value = 12,
				message = "{validation.max}") @Nullable Integer month,
		@Min(value = 1, message = "{validation.min}") @Max(value = 31,
				message = "{validation.max}") @Nullable Integer day,
		@NotNull(message = "{validation.required}") @Nullable ActivityType activityType, @Nullable Long organiserOrgId,
		@Nullable Boolean publicFlag, @Nullable Boolean active, long version) {

	boolean isPublic() {
		return Boolean.TRUE.equals(this.publicFlag);
	}

	boolean isActive() {
		return Boolean.TRUE.equals(this.active);
	}

	static FestivalForm empty() {
		return new FestivalForm("", FestivalDateRule.FIXED, 1, 1, ActivityType.OTHER, null, true, true, 0);
	}

	static FestivalForm of(FestivalTemplate t) {
		return new FestivalForm(t.getName(), t.getDateRule(), t.getMonth(), t.getDay(), t.getActivityType(),
				t.getOrganiserOrgId(), t.isPublicFlag(), t.isActive(), t.getVersion());
	}

}
