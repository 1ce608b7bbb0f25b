package org.lianjian.project;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * One partner row of the project form; an empty row is ignored, a row with values but no
 * unit is refused.
 *
 * @param unitId the partner unit
 * @param role its role in the project
 * @param kind the kind of contribution
 * @param amount how much (元 for money, hours for volunteer hours)
 * @param description what it contributes
 */
@PartnerUnitGiven
public record PartnerForm(@Nullable Long unitId,
		@Size(max = 100, message = "{validation.size.max}") @PlainText @Nullable String role,
		@Nullable ContributionKind kind,
		@DecimalMin(value = "0", message = "{project.amount.negative}") @DecimalMax(value = "100000000",
				message = "{validation.max}") @Digits(integer = 12, fraction = 2,
						message = "{validation.decimals}") @Nullable BigDecimal amount,
		@Size(max = 500, message = "{validation.size.max}") @PlainText @Nullable String description) {

	static PartnerForm blank() {
		return new PartnerForm(null, "", null, null, "");
	}

	boolean isBlank() {
		return this.unitId == null;
	}

	/** Whether anything besides the unit was entered. */
	boolean hasContent() {
		return (this.role != null && !this.role.isBlank()) || this.kind != null || this.amount != null
				|| (this.description != null && !this.description.isBlank());
	}

}
