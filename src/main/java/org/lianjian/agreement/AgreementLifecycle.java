package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The steps of an agreement's life after drafting: submitted, approved (signed and
 * numbered), sent back, terminated, and expired by the nightly job. Each step is recorded
 * in the history and published as {@link AgreementStatusChanged}; staff alone approve,
 * send back and terminate.
 */
@Service
class AgreementLifecycle {

	private final AgreementRepository agreements;

	private final AgreementAccess access;

	private final AgreementHistory history;

	private final AgreementNumbers numbers;

	private final RedWatch redWatch;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	AgreementLifecycle(AgreementRepository agreements, AgreementAccess access, AgreementHistory history,
			AgreementNumbers numbers, RedWatch redWatch, ApplicationEventPublisher events, Clock clock) {
		this.agreements = agreements;
		this.access = access;
		this.history = history;
		this.numbers = numbers;
		this.redWatch = redWatch;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	void submit(Long id) {
		JointBuildingAgreement a = this.access.loadInScope(id);
		AgreementStatus before = a.getStatus();
		a.submit();
		this.history.record(id, "AGREEMENT", id, "status", before, a.getStatus());
		this.events.publishEvent(new AgreementStatusChanged(id, before, a.getStatus()));
	}

	@Transactional
	void approve(Long id, LocalDate signedOn) {
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
		changed(a, before);
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
		this.events.publishEvent(new AgreementStatusChanged(id, before, a.getStatus()));
	}

	@Transactional
	void terminate(Long id, String reason) {
		JointBuildingAgreement a = this.access.loadInScope(id);
		this.access.requireStaff();
		requireReason(reason);
		AgreementStatus before = a.getStatus();
		a.terminate(reason.trim(), LocalDate.now(this.clock));
		this.history.record(id, "AGREEMENT", id, "status", before, a.getStatus());
		this.history.record(id, "AGREEMENT", id, "terminationReason", null, reason.trim());
		changed(a, before);
	}

	/**
	 * Publishes the change of status and judges the agreement's commitments again: an
	 * agreement that comes into force may be red at once, one that leaves it is red no
	 * more. The red list's cache is emptied after the commit ({@link RedListEviction}).
	 */
	private void changed(JointBuildingAgreement a, AgreementStatus before) {
		Long id = Objects.requireNonNull(a.getId());
		this.agreements.flush();
		this.events.publishEvent(new AgreementStatusChanged(id, before, a.getStatus()));
		this.redWatch.check(List.of(id));
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
		int n = 0;
		for (JointBuildingAgreement a : this.agreements.findEnded(today)) {
			if (a.expireIfEnded(today)) {
				this.history.record(a.getId(), "AGREEMENT", a.getId(), "status", AgreementStatus.ACTIVE,
						AgreementStatus.EXPIRED);
				this.events.publishEvent(new AgreementStatusChanged(Objects.requireNonNull(a.getId()),
						AgreementStatus.ACTIVE, AgreementStatus.EXPIRED));
				n++;
			}
		}
		return n;
	}

}
