package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The steps of an agreement's life after drafting: submitted, approved (signed and
 * numbered), sent back, terminated, and expired by the nightly job. Each step is recorded
 * in the history; staff alone approve, send back and terminate.
 */
@Service
class AgreementLifecycle {

	private final AgreementRepository agreements;

	private final AgreementAccess access;

	private final AgreementHistory history;

	private final AgreementNumbers numbers;

	private final RagQueries ragQueries;

	private final Clock clock;

	AgreementLifecycle(AgreementRepository agreements, AgreementAccess access, AgreementHistory history,
			AgreementNumbers numbers, RagQueries ragQueries, Clock clock) {
		this.agreements = agreements;
		this.access = access;
		this.history = history;
		this.numbers = numbers;
		this.ragQueries = ragQueries;
		this.clock = clock;
	}

	@Transactional
	void submit(Long id) {
		JointBuildingAgreement a = this.access.loadInScope(id);
		AgreementStatus before = a.getStatus();
		a.submit();
		this.history.record(id, "AGREEMENT", id, "status", before, a.getStatus());
	}

	@Transactional
	void approve(Long id, LocalDate signedOn) {
		// the dashboard's red list is judged again on the next visit
		this.ragQueries.forgetRed();
		JointBuildingAgreement a = this.access.loadInScope(id);
		this.access.requireStaff();
		AgreementStatus before = a.getStatus();
		a.approve(signedOn);
		this.history.record(id, "AGREEMENT", id, "status", before, a.getStatus());
		this.history.record(id, "AGREEMENT", id, "signedOn", null, signedOn);
		String number = this.numbers.forSigning(a.getNumber(), signedOn);
		if (!number.equals(a.getNumber())) {
			this.history.record(id, "AGREEMENT", id, "number", a.getNumber(), number);
			a.setNumber(number);
		}
	}

	@Transactional
	void sendBack(Long id, String reason) {
		JointBuildingAgreement a = this.access.loadInScope(id);
		this.access.requireStaff();
		requireReason(reason);
		AgreementStatus before = a.getStatus();
		a.sendBack(reason.trim());
		this.history.record(id, "AGREEMENT", id, "status", before, a.getStatus());
		this.history.record(id, "AGREEMENT", id, "returnReason", null, reason.trim());
	}

	@Transactional
	void terminate(Long id, String reason) {
		// the dashboard's red list is judged again on the next visit
		this.ragQueries.forgetRed();
		JointBuildingAgreement a = this.access.loadInScope(id);
		this.access.requireStaff();
		requireReason(reason);
		AgreementStatus before = a.getStatus();
		a.terminate(reason.trim(), LocalDate.now(this.clock));
		this.history.record(id, "AGREEMENT", id, "status", before, a.getStatus());
		this.history.record(id, "AGREEMENT", id, "terminationReason", null, reason.trim());
	}

	private static void requireReason(@Nullable String reason) {
		if (!StringUtils.hasText(reason)) {
			throw new RuleViolationException("reason", "validation.required");
		}
		if (reason.length() > 500) {
			throw new RuleViolationException("reason", "agreement.reason.tooLong");
		}
	}

	/**
	 * The daily job's work: agreements in force whose term has ended become expired.
	 * @param today the day
	 * @return how many expired
	 */
	@Transactional
	int expireEnded(LocalDate today) {
		// the dashboard's red list is judged again on the next visit
		this.ragQueries.forgetRed();
		int n = 0;
		for (JointBuildingAgreement a : this.agreements.findEnded(today)) {
			if (a.expireIfEnded(today)) {
				this.history.record(a.getId(), "AGREEMENT", a.getId(), "status", AgreementStatus.ACTIVE,
						AgreementStatus.EXPIRED);
				n++;
			}
		}
		return n;
	}

}
