package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The commitments the current user may log a delivery against, each with its progress
 * this year: one for the delivery form (anything else answers 404), and the liaison's own
 * unit's commitments in agreements in force for their home page. Who may log is decided
 * by {@link FulfilmentRules#mayLog}, as for the agreement page's log form.
 */
@Service
public class Deliveries {

	private final AgreementAccess access;

	private final CommitmentRepository commitments;

	private final FulfilmentRepository fulfilments;

	private final ScopeService scopes;

	private final Clock clock;

	Deliveries(AgreementAccess access, CommitmentRepository commitments, FulfilmentRepository fulfilments,
			ScopeService scopes, Clock clock) {
		this.access = access;
		this.commitments = commitments;
		this.fulfilments = fulfilments;
		this.scopes = scopes;
		this.clock = clock;
	}

	/**
	 * One commitment to log against.
	 * @param agreementId the agreement
	 * @param commitmentId one of its commitments
	 * @return the commitment with its progress
	 * @throws AgreementNotFoundException outside the scope, when the agreement is not in
	 * force, or when the user may not log against the commitment
	 */
	@Transactional(readOnly = true)
	AgreementViews.Delivery delivery(Long agreementId, Long commitmentId) {
		JointBuildingAgreement a = this.access.loadInScope(agreementId);
		DataScope scope = this.scopes.current();
		Commitment c = a.getCommitments()
			.stream()
			.filter((x) -> x.getId().equals(commitmentId))
			.filter((x) -> a.getStatus() == AgreementStatus.ACTIVE && FulfilmentRules.mayLog(scope, a, x))
			.findFirst()
			.orElseThrow(() -> AgreementNotFoundException.forId(agreementId));
		return views(List.of(c)).get(0);
	}

	private List<AgreementViews.Delivery> views(List<Commitment> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> agreementIds = new LinkedHashSet<>();
		list.forEach((c) -> agreementIds.add(c.getAgreement().getId()));
		Map<Long, BigDecimal> delivered = new HashMap<>();
		Map<Long, Long> records = new HashMap<>();
		for (Object[] row : this.fulfilments.sumByCommitment(agreementIds, today.withDayOfYear(1),
				today.withDayOfYear(today.lengthOfYear()))) {
			delivered.put((Long) row[0], (BigDecimal) row[1]);
			records.put((Long) row[0], (Long) row[2]);
		}
		List<AgreementViews.Delivery> views = new ArrayList<>();
		for (Commitment c : list) {
			JointBuildingAgreement a = c.getAgreement();
			views.add(new AgreementViews.Delivery(a.getId(), a.getNumber(), a.getTitle(),
					AgreementDetails.commitmentView(a, c, null, delivered.getOrDefault(c.getId(), BigDecimal.ZERO),
							records.getOrDefault(c.getId(), 0L), today, true)));
		}
		return views;
	}

}
