package org.lianjian.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** The records the project module hands out. */
public final class ProjectViews {

	private ProjectViews() {
	}

	/** An id and a name, for links and drop-downs. */
	public record Ref(Long id, String name) {

	}

	/** A row of the project list. */
	public record Summary(Long id, String name, Ref brand, ProjectStatus status, Ref leadOrg, List<Ref> partners,
			LocalDate startDate, LocalDate endDate, @Nullable Integer beneficiaryTarget, long milestonesDone,
			long milestonesTotal) {

	}

	/** A partner unit and its contribution; open when the reader may open the unit. */
	public record PartnerView(Long unitId, String unitName, boolean open, @Nullable String role, ContributionKind kind,
			@Nullable BigDecimal amount, @Nullable String description) {

	}

	/**
	 * A unit's contribution to a project, for the unit's two-way service tab.
	 *
	 * @param project the project
	 * @param kind what the unit contributes
	 * @param amount how much, in the kind's unit ({@link ContributionKind#unitKey()})
	 * @param description what it is
	 * @param startDate the project's start
	 * @param endDate the project's end
	 */
	public record Contribution(Ref project, ContributionKind kind, @Nullable BigDecimal amount,
			@Nullable String description, LocalDate startDate, LocalDate endDate) {

	}

	/** A milestone. */
	public record MilestoneView(Long id, String title, @Nullable LocalDate dueDate, @Nullable LocalDate doneOn) {

		public boolean done() {
			return this.doneOn != null;
		}

		public boolean overdue(LocalDate today) {
			return this.doneOn == null && this.dueDate != null && this.dueDate.isBefore(today);
		}

	}

	/** A linked agreement commitment; open when the reader may open the agreement. */
	public record CommitmentRef(Long commitmentId, Long agreementId, String label, boolean open) {

	}

	/** The project page. */
	public record Detail(Long id, long version, String name, Ref brand, Ref leadOrg, @Nullable String goals,
			LocalDate startDate, LocalDate endDate, ProjectStatus status, @Nullable Integer beneficiaryTarget,
			List<PartnerView> partners, List<MilestoneView> milestones, List<CommitmentRef> commitments,
			boolean editable) {

		public List<Long> partnerUnitIds() {
			return this.partners.stream().map(PartnerView::unitId).distinct().toList();
		}

	}

	/** A brand on the brand page. */
	public record BrandView(Long id, long version, String name, boolean retired, long projects) {

	}

}
