package org.lianjian.agreement;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see an agreement and what they may do with it: an agreement outside the current
 * user's scope is missing (404), and the actions offered follow its status and the user's
 * role. Every job of the module asks here before it acts.
 */
@Component
class AgreementAccess {

	/** Actions the detail page may offer. */
	static final String EDIT = "edit", SUBMIT = "submit", APPROVE = "approve", SEND_BACK = "sendBack",
			TERMINATE = "terminate", RENEW = "renew", LOG = "log", ATTACH = "attach";

	private final AgreementRepository agreements;

	private final ScopeService scopes;

	private final AgreementListQueries listQueries;

	AgreementAccess(AgreementRepository agreements, ScopeService scopes, AgreementListQueries listQueries) {
		this.agreements = agreements;
		this.scopes = scopes;
		this.listQueries = listQueries;
	}

	/**
	 * The agreement, when the current user may see it.
	 * @param id the agreement
	 * @return the entity
	 * @throws AgreementNotFoundException when it does not exist or is outside the scope
	 */
	JointBuildingAgreement loadInScope(Long id) {
		JointBuildingAgreement a = this.agreements.findById(id).orElseThrow(() -> AgreementNotFoundException.forId(id));
		if (!canSee(this.scopes.current(), a)) {
			throw AgreementNotFoundException.forId(id);
		}
		return a;
	}

	/**
	 * Of these agreements, those the current user may open.
	 * @param ids agreement ids
	 * @return the ids among them whose page would not answer 404
	 */
	Set<Long> openable(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		return this.listQueries.openable(this.scopes.current(), ids);
	}

	/** Refuses anyone but staff (403). */
	void requireStaff() {
		if (!this.scopes.current().isStaff()) {
			throw new AccessDeniedException("staff only");
		}
	}

	static boolean canSee(DataScope scope, JointBuildingAgreement a) {
		return scope.isAll() || scope.organisationIds().contains(a.getCommunityOrgId())
				|| (scope.isLiaison() && scope.unitId() != null && a.getUnitIds().contains(scope.unitId()));
	}

	static Set<String> actions(DataScope scope, JointBuildingAgreement a) {
		Set<String> actions = new HashSet<>();
		switch (a.getStatus()) {
			case DRAFT -> {
				actions.add(EDIT);
				actions.add(SUBMIT);
				actions.add(ATTACH);
			}
			case SUBMITTED -> {
				if (scope.isStaff()) {
					actions.add(APPROVE);
					actions.add(SEND_BACK);
				}
			}
			case ACTIVE -> {
				actions.add(RENEW);
				actions.add(ATTACH);
				if (scope.isStaff()) {
					actions.add(TERMINATE);
				}
				if (a.getCommitments().stream().anyMatch((c) -> FulfilmentRules.mayLog(scope, a, c))) {
					actions.add(LOG);
				}
			}
			case EXPIRED -> actions.add(RENEW);
			case TERMINATED -> {
			}
		}
		return actions;
	}

}
