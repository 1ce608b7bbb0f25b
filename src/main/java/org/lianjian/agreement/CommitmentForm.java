package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One commitment row of the agreement form. No responsible unit means the community side.
 * The measure decides what the target counts; the unit text is only the word a count is
 * shown with (场, 个, 户). A row sent without a measure is qualitative without a target and
 * a count of sessions with one.
 */
@MeasuredTarget
public record CommitmentForm(@Nullable Long id,
		@NotBlank(message = "{validation.required}") @Size(max = 500,
				message = "{validation.size.max}") @PlainText @Nullable String description,
		@Nullable Long responsibleUnitId, @NotNull(message = "{validation.required}") @Nullable CooperationArea area,
		@DecimalMin(value = "0.01", message = "{commitment.target.positive}") @DecimalMax(value = "1000000",
				message = "{validation.max}") @Digits(integer = 10, fraction = 2,
						message = "{validation.decimals}") @Nullable BigDecimal targetQuantity,
		@Size(max = 20, message = "{validation.size.max}") @PlainText @Nullable String targetUnit, boolean perYear,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueDate,
		@Nullable CommitmentMeasure measure) {

	/**
	 * A row without a measure (it gets {@link CommitmentMeasure#defaultFor the default}).
	 * @param id the commitment, or null for a new one
	 * @param description what is promised
	 * @param responsibleUnitId the unit, or null for the community side
	 * @param area the area
	 * @param targetQuantity the target, or null
	 * @param targetUnit the word a count is shown with
	 * @param perYear yearly or one-off
	 * @param dueDate due date of a one-off
	 */
	public CommitmentForm(@Nullable Long id, @Nullable String description, @Nullable Long responsibleUnitId,
			@Nullable CooperationArea area, @Nullable BigDecimal targetQuantity, @Nullable String targetUnit,
			boolean perYear, @Nullable LocalDate dueDate) {
		this(id, description, responsibleUnitId, area, targetQuantity, targetUnit, perYear, dueDate, null);
	}

	static CommitmentForm blank() {
		return new CommitmentForm(null, "", null, null, null, "", true, null, CommitmentMeasure.SESSIONS);
	}

	CommitmentMeasure measureOrDefault() {
		return this.measure != null ? this.measure : CommitmentMeasure.defaultFor(this.targetQuantity);
	}

}
