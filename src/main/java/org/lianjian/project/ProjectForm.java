package org.lianjian.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The project form, for creating and editing. Blank partner and milestone rows are
 * ignored.
 *
 * @param name the project's name
 * @param brandId its brand
 * @param leadOrgId the lead organisation
 * @param goals its goals
 * @param startDate first day
 * @param endDate last day
 * @param status where it stands
 * @param beneficiaryTarget how many residents it means to serve
 * @param partners partner units and contributions
 * @param milestones milestones
 * @param commitmentIds agreement commitments it fulfils
 * @param version the version edited, null when creating
 */
public record ProjectForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") @PlainText @Nullable String name,
		@NotNull(message = "{validation.required}") @Nullable Long brandId,
		@NotNull(message = "{validation.required}") @Nullable Long leadOrgId,
		@Size(max = 4000,
				message = "{validation.size.max}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String goals,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate startDate,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate endDate,
		@NotNull(message = "{validation.required}") @Nullable ProjectStatus status,
		@Min(value = 0, message = "{project.target.negative}") @Max(value = 10_000_000,
				message = "{validation.max}") @Nullable Integer beneficiaryTarget,
		@Valid @Nullable List<PartnerForm> partners, @Valid @Nullable List<MilestoneForm> milestones,
		@Nullable List<Long> commitmentIds, @Nullable Long version) {

	/** Blank rows offered on the form beyond the filled ones. */
	static final int SPARE_ROWS = 2;

	public static ProjectForm empty(LocalDate today, @Nullable Long leadOrgId) {
		LocalDate start = today;
		return new ProjectForm("", null, leadOrgId, "", start, start.withDayOfYear(start.lengthOfYear()),
				ProjectStatus.PREPARING, null, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), null)
			.withSpareRows();
	}

	List<PartnerForm> partnersOrEmpty() {
		return this.partners == null ? List.of()
				: this.partners.stream().filter((p) -> p != null && !p.isBlank()).toList();
	}

	List<MilestoneForm> milestonesOrEmpty() {
		return this.milestones == null ? List.of()
				: this.milestones.stream().filter((m) -> m != null && !m.isBlank()).toList();
	}

	List<Long> commitmentIdsOrEmpty() {
		return this.commitmentIds == null ? List.of()
				: this.commitmentIds.stream().filter((c) -> c != null).distinct().toList();
	}

	/**
	 * The form with its rows as entered (blank rows kept where they were, so field errors
	 * stay on their row) plus spare blank rows at the end.
	 * @return the form to render
	 */
	ProjectForm withSpareRows() {
		List<PartnerForm> p = new ArrayList<>(this.partners == null ? List.of() : this.partners);
		p.removeIf((x) -> x == null);
		while (p.stream().filter(PartnerForm::isBlank).count() < SPARE_ROWS) {
			p.add(PartnerForm.blank());
		}
		List<MilestoneForm> m = new ArrayList<>(this.milestones == null ? List.of() : this.milestones);
		m.removeIf((x) -> x == null);
		while (m.stream().filter(MilestoneForm::isBlank).count() < SPARE_ROWS) {
			m.add(MilestoneForm.blank());
		}
		return new ProjectForm(this.name, this.brandId, this.leadOrgId, this.goals, this.startDate, this.endDate,
				this.status, this.beneficiaryTarget, p, m,
				this.commitmentIds == null ? new ArrayList<>() : new ArrayList<>(this.commitmentIds), this.version);
	}

}
