package org.lianjian.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Draft or edit an agreement with its commitments.
 */
public record AgreementForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") @PlainText @Nullable String title,
		@NotNull(message = "{validation.required}") @Nullable AgreementLevel level,
		@NotNull(message = "{validation.required}") @Nullable Long communityOrgId,
		@NotEmpty(message = "{agreement.units.required}") @Nullable List<Long> unitIds,
		@NotEmpty(message = "{agreement.areas.required}") @Nullable Set<CooperationArea> areas,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate termStart,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate termEnd,
		@Size(max = 4000,
				message = "{validation.size.max}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String summary,
		@Nullable Long parentAgreementId, @Nullable Long renewedFromId,
		@Valid @Nullable List<CommitmentForm> commitments, @Nullable Long version) {

	static AgreementForm empty(LocalDate today, @Nullable Long communityOrgId, @Nullable Long unitId) {
		LocalDate start = today.withDayOfYear(1);
		List<CommitmentForm> rows = new ArrayList<>();
		rows.add(CommitmentForm.blank());
		return new AgreementForm("", AgreementLevel.BRANCH, communityOrgId,
				unitId == null ? new ArrayList<>() : new ArrayList<>(List.of(unitId)), Set.of(), start,
				start.plusYears(3).minusDays(1), "", null, null, rows, null);
	}

	List<CommitmentForm> commitmentsOrEmpty() {
		return this.commitments == null ? List.of()
				: this.commitments.stream()
					.filter((c) -> c != null && c.description() != null && !c.description().isBlank())
					.toList();
	}

}
