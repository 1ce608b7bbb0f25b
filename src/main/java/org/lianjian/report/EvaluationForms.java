package org.lianjian.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

/**
 * The evaluation forms, as records bound from the request.
 */
public final class EvaluationForms {

	private EvaluationForms() {
	}

	/**
	 * Opening a round.
	 *
	 * @param year the year evaluated
	 */
	public record OpenRoundForm(@NotNull(message = "{validation.required}") @Min(value = 2000,
			message = "{validation.min}") @Max(value = 2100, message = "{validation.max}") @Nullable Integer year) {
	}

	/**
	 * One criterion row. A row is removed only when its "remove" box is ticked; a wholly
	 * empty row (the spare one) is ignored; a row with a weight but no name is refused
	 * rather than dropped with its weight.
	 *
	 * @param code stable code (kept from the default criteria, generated for new rows)
	 * @param name the criterion's name
	 * @param weight its weight
	 * @param evidence the portal figure shown beside it
	 * @param remove whether the user ticked "remove" for this row
	 */
	public record CriterionRow(
			@Size(max = 40, message = "{validation.size.max}") @Pattern(regexp = "[A-Z0-9_]*",
					message = "{evaluation.criterion.code.invalid}") @Nullable String code,
			@Size(max = 100, message = "{validation.size.max}") @PlainText @Nullable String name,
			@DecimalMin(value = "0.01", message = "{evaluation.weight.range}") @DecimalMax(value = "1000",
					message = "{evaluation.weight.range}") @Digits(integer = 4, fraction = 2,
							message = "{validation.decimals}") @Nullable BigDecimal weight,
			@Nullable Evidence evidence, @Nullable Boolean remove) {

		CriterionRow(@Nullable String code, @Nullable String name, @Nullable BigDecimal weight,
				@Nullable Evidence evidence) {
			this(code, name, weight, evidence, false);
		}

		boolean isNamed() {
			return this.name != null && !this.name.isBlank();
		}

		/** Whether the row is saved: not ticked for removal and not wholly empty. */
		boolean isKept() {
			return !Boolean.TRUE.equals(this.remove) && (isNamed() || this.weight != null);
		}

	}

	/**
	 * The round's criteria and weights.
	 *
	 * @param rows the criteria in order
	 * @param version the round's version
	 */
	public record CriteriaForm(@Valid @Nullable List<CriterionRow> rows, @Nullable Long version) {

		List<CriterionRow> filled() {
			return this.rows == null ? List.of() : this.rows.stream().filter((r) -> r != null && r.isKept()).toList();
		}

		CriteriaForm withSpareRow() {
			List<CriterionRow> list = new ArrayList<>(this.rows == null ? List.of() : this.rows);
			list.add(new CriterionRow("", "", null, Evidence.NONE));
			return new CriteriaForm(list, this.version);
		}

	}

	/**
	 * One criterion's score.
	 *
	 * @param criterionId the criterion
	 * @param score 0 to 100
	 * @param comment the area's comment
	 */
	public record ScoreRow(@NotNull(message = "{validation.required}") @Nullable Long criterionId,
			@NotNull(message = "{validation.required}") @DecimalMin(value = "0",
					message = "{evaluation.score.range}") @DecimalMax(value = "100",
							message = "{evaluation.score.range}") @Digits(integer = 3, fraction = 2,
									message = "{validation.decimals}") @Nullable BigDecimal score,
			@Size(max = 1000, message = "{validation.size.max}") @PlainText(
					lines = PlainText.MANY_LINES) @Nullable String comment) {
	}

	/**
	 * A unit's scores.
	 *
	 * @param rows one row per criterion
	 * @param version the sheet's version, null when the unit is not scored yet
	 */
	public record ScoreForm(@Valid @Nullable List<ScoreRow> rows, @Nullable Long version) {

		List<ScoreRow> rowsOrEmpty() {
			return this.rows == null ? List.of() : this.rows.stream().filter((r) -> r != null).toList();
		}

		/**
		 * Whether the form has exactly one row per criterion, in the criteria's order (as
		 * the page renders it). A form with rows missing or out of order (criteria
		 * changed since the page was loaded, or a crafted post) cannot be shown again as
		 * it came.
		 */
		boolean matches(List<Long> criterionIds) {
			if (this.rows == null || this.rows.size() != criterionIds.size()) {
				return false;
			}
			for (int i = 0; i < criterionIds.size(); i++) {
				ScoreRow row = this.rows.get(i);
				if (row == null || !criterionIds.get(i).equals(row.criterionId())) {
					return false;
				}
			}
			return true;
		}

		/**
		 * One row per criterion, in their order, keeping what was typed for each
		 * criterion that the form had.
		 */
		ScoreForm alignedTo(List<Long> criterionIds) {
			List<ScoreRow> aligned = new ArrayList<>();
			for (Long id : criterionIds) {
				ScoreRow typed = rowsOrEmpty().stream()
					.filter((r) -> id.equals(r.criterionId()))
					.findFirst()
					.orElse(null);
				aligned.add((typed != null) ? typed : new ScoreRow(id, null, ""));
			}
			return new ScoreForm(aligned, this.version);
		}

	}

	/**
	 * The unit's response to its scores.
	 *
	 * @param response the text
	 * @param version the sheet's version
	 */
	public record ResponseForm(@NotBlank(message = "{validation.required}") @Size(max = 2000,
			message = "{validation.size.max}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String response,
			@Nullable Long version) {
	}

	/**
	 * Reopening a closed round.
	 *
	 * @param reason why (logged)
	 * @param version the round's version
	 */
	public record ReopenForm(
			@NotBlank(message = "{validation.required}") @Size(max = 500,
					message = "{validation.size.max}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String reason,
			@Nullable Long version) {
	}

	/**
	 * The least weighted total for a "先进" suggestion.
	 *
	 * @param minScore 0 to 100, at most two decimals
	 * @param version the round's version the page was rendered with
	 */
	record MinScoreForm(
			@NotNull(message = "{validation.required}") @DecimalMin(value = "0",
					message = "{evaluation.minScore.range}") @DecimalMax(value = "100",
							message = "{evaluation.minScore.range}") @Digits(integer = 3, fraction = 2,
									message = "{evaluation.minScore.range}") @Nullable BigDecimal minScore,
			@Nullable Long version) {
	}

}
