package org.lianjian.project;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.lianjian.account.ScopeService;
import org.lianjian.agreement.AgreementService;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project page's read model: the project with its partners, milestones and linked
 * commitments, each partner unit and each commitment's agreement marked as one the reader
 * may open or not (by the unit's and the agreement module's own scope rules), so that the
 * page links only what would not answer 404.
 */
@Component
class ProjectDetails {

	private final ProjectAccess access;

	private final ProjectBrandRepository brands;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	private final AgreementService agreements;

	ProjectDetails(ProjectAccess access, ProjectBrandRepository brands, ScopeService scopes, StructureService structure,
			UnitService units, AgreementService agreements) {
		this.access = access;
		this.brands = brands;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.agreements = agreements;
	}

	@Transactional(readOnly = true)
	ProjectViews.Detail detail(Long id) {
		ServiceProject p = this.access.loadInScope(id);
		Set<Long> unitIds = p.getPartners().stream().map(ProjectPartner::getUnitId).collect(Collectors.toSet());
		var unitNames = this.units.names(unitIds);
		Set<Long> openUnits = this.units.openable(unitIds);
		Set<Long> openAgreements = this.agreements
			.openable(p.getCommitments().stream().map(CommitmentLink::getAgreementId).collect(Collectors.toSet()));
		String brand = this.brands.findById(p.getBrandId()).map(ProjectBrand::getName).orElse("");
		String org = this.structure.name(p.getLeadOrgId()).orElse("");
		return new ProjectViews.Detail(Objects.requireNonNull(p.getId()), p.getVersion(), p.getName(),
				new ProjectViews.Ref(p.getBrandId(), brand), new ProjectViews.Ref(p.getLeadOrgId(), org), p.getGoals(),
				p.getStartDate(), p.getEndDate(), p.getStatus(), p.getBeneficiaryTarget(),
				p.getPartners()
					.stream()
					.map((s) -> new ProjectViews.PartnerView(s.getUnitId(), unitNames.getOrDefault(s.getUnitId(), ""),
							openUnits.contains(s.getUnitId()), s.getRole(), s.getKind(), s.getAmount(),
							s.getDescription()))
					.toList(),
				p.getMilestones()
					.stream()
					.map((m) -> new ProjectViews.MilestoneView(Objects.requireNonNull(m.getId()), m.getTitle(),
							m.getDueDate(), m.getDoneOn()))
					.toList(),
				p.getCommitments()
					.stream()
					.map((c) -> new ProjectViews.CommitmentRef(c.getCommitmentId(), c.getAgreementId(), c.getLabel(),
							openAgreements.contains(c.getAgreementId())))
					.toList(),
				ProjectAccess.canEdit(this.scopes.current(), p));
	}

}
