package org.lianjian.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitments that activities and projects may count towards: those of agreements in
 * force in the current user's scope.
 */
@Service
class CommitmentChoices {

	private final AgreementListQueries listQueries;

	private final AgreementRepository agreements;

	private final CommitmentRepository commitments;

	private final ScopeService scopes;

	CommitmentChoices(AgreementListQueries listQueries, AgreementRepository agreements,
			CommitmentRepository commitments, ScopeService scopes) {
		this.agreements = agreements;
		this.listQueries = listQueries;
		this.commitments = commitments;
		this.scopes = scopes;
	}

	/**
	 * Commitments of agreements in force in the current user's scope, for the activity
	 * form.
	 * @return one choice per commitment, by agreement
	 */
	@Transactional(readOnly = true)
	List<AgreementService.CommitmentChoice> inScope() {
		DataScope scope = this.scopes.current();
		AgreementFilter inForce = new AgreementFilter(null, AgreementStatus.ACTIVE, null, null, null, null, null, null,
				null);
		// the list's statement is plain SQL: agreements written in this transaction are
		// flushed first, as a JPQL query would
		this.agreements.flush();
		List<Long> active = this.listQueries.ids(scope, inForce, 100_000);
		if (active.isEmpty()) {
			return List.of();
		}
		List<AgreementService.CommitmentChoice> choices = new ArrayList<>();
		for (Commitment c : this.commitments.findByAgreementIds(active)) {
			JointBuildingAgreement a = Objects.requireNonNull(c.getAgreement());
			choices.add(new AgreementService.CommitmentChoice(Objects.requireNonNull(c.getId()),
					a.getNumber() + " · " + c.getDescription(), c.getTargetUnit(), Objects.requireNonNull(a.getId()),
					a.getNumber() + " " + a.getTitle(), c.getDescription()));
		}
		return choices;
	}

}
