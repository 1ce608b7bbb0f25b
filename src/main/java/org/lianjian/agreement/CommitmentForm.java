package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One commitment row of the agreement form. No responsible unit means the community side.
 */
public record CommitmentForm(@Nullable Long id,
		@NotBlank(message = "{validation.required}") @Size(max = 500, message = "{validation.size.max}") @Pattern(
				regexp = "[^\\p{Cntrl}]*", message = "{validation.noControl}") @Nullable String description,
		@Nullable Long responsibleUnitId, @NotNull(message = "{validation.required}") @Nullable CooperationArea area,
		@DecimalMin(value = "0.01", message = "{commitment.target.positive}") @DecimalMax(value = "1000000",
				message = "{validation.max}") @Digits(integer = 10, fraction = 2,
						message = "{validation.decimals}") @Nullable BigDecimal targetQuantity,
		@Size(max = 20, message = "{validation.size.max}") @Pattern(regexp = "[^\\p{Cntrl}]*",
				message = "{validation.noControl}") @Nullable String targetUnit,
		boolean perYear, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate) {

	static CommitmentForm blank() {
		return new CommitmentForm(null, "", null, null, null, "", true, null);
	}

}
