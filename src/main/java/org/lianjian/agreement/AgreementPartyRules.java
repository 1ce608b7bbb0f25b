package org.lianjian.agreement;

import java.util.List;
import java.util.Objects;

import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.stereotype.Component;

/**
 * The rules on an agreement's parties that need the database or the user: the units and
 * the organisation exist, the level matches the organisation, a liaison includes their
 * own unit, a secretary stays in their subtree, a responsible unit is a party, and a
 * parent is a sub-district agreement the user may see. Each refusal names its field.
 */
@Component
class AgreementPartyRules {

	private final AgreementAccess access;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	AgreementPartyRules(AgreementAccess access, ScopeService scopes, StructureService structure, UnitService units) {
		this.access = access;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
	}

	void check(AgreementForm form) {
		DataScope scope = this.scopes.current();
		List<Long> unitIds = Objects.requireNonNull(form.unitIds());
		if (!this.units.names(unitIds).keySet().containsAll(unitIds)) {
			throw new RuleViolationException("unitIds", "agreement.units.unknown");
		}
		Long core = this.structure.holderOf(StructureRole.CORE).orElse(null);
		Long org = Objects.requireNonNull(form.communityOrgId());
		if (this.structure.name(org).isEmpty()) {
			throw new RuleViolationException("communityOrgId", "agreement.org.unknown");
		}
		if (form.level() == AgreementLevel.SUB_DISTRICT && !org.equals(core)) {
			throw new RuleViolationException("communityOrgId", "agreement.level.subDistrictOrg");
		}
		if (form.level() == AgreementLevel.BRANCH && org.equals(core)) {
			throw new RuleViolationException("communityOrgId", "agreement.level.branchOrg");
		}
		if (scope.isLiaison() && !unitIds.contains(scope.unitId())) {
			throw new RuleViolationException("unitIds", "agreement.units.mustIncludeOwn");
		}
		if (scope.isSecretary() && !scope.organisationIds().contains(org)) {
			throw new RuleViolationException("communityOrgId", "agreement.org.outOfScope");
		}
		if (Objects.requireNonNull(form.termEnd()).isBefore(Objects.requireNonNull(form.termStart()))) {
			throw new RuleViolationException("termEnd", "agreement.term.order");
		}
		for (CommitmentForm c : form.commitmentsOrEmpty()) {
			if (c.responsibleUnitId() != null && !unitIds.contains(c.responsibleUnitId())) {
				throw new RuleViolationException("commitments", "commitment.unit.notParty");
			}
		}
		if (form.parentAgreementId() != null) {
			// as any record asked for by id: one outside the user's scope is missing
			// (404),
			// so the parent field cannot be used to read other agreements' numbers and
			// titles
			JointBuildingAgreement parent = this.access.loadInScope(form.parentAgreementId());
			if (form.level() != AgreementLevel.BRANCH || parent.getLevel() != AgreementLevel.SUB_DISTRICT) {
				throw new RuleViolationException("parentAgreementId", "agreement.parent.invalid");
			}
		}
	}

}
