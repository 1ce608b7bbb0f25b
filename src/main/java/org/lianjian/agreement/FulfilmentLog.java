package org.lianjian.agreement;

import java.util.List;
import java.util.Objects;

import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fulfilment logged by hand against a commitment of an agreement in force, by the rules
 * of {@link FulfilmentRules}: who may log for which commitment, and how much one record
 * may hold.
 */
@Service
class FulfilmentLog {

	private final FulfilmentRepository fulfilments;

	private final AgreementAccess access;

	private final AgreementHistory history;

	private final ScopeService scopes;

	private final RedWatch redWatch;

	private final ApplicationEventPublisher events;

	FulfilmentLog(FulfilmentRepository fulfilments, AgreementAccess access, AgreementHistory history,
			ScopeService scopes, RedWatch redWatch, ApplicationEventPublisher events) {
		this.fulfilments = fulfilments;
		this.access = access;
		this.history = history;
		this.scopes = scopes;
		this.redWatch = redWatch;
		this.events = events;
	}

	/**
	 * Logs what was delivered against one commitment.
	 * @param agreementId the agreement
	 * @param form the record
	 * @return the new record's id
	 */
	@Transactional
	Long log(Long agreementId, FulfilmentForm form) {
		JointBuildingAgreement a = this.access.loadInScope(agreementId);
		if (a.getStatus() != AgreementStatus.ACTIVE) {
			throw new RuleViolationException(null, "fulfilment.notActive");
		}
		Commitment c = a.getCommitments()
			.stream()
			.filter((x) -> x.getId().equals(form.commitmentId()))
			.findFirst()
			.orElseThrow(() -> new RuleViolationException("commitmentId", "fulfilment.commitment.invalid"));
		if (!FulfilmentRules.mayLog(this.scopes.current(), a, c)) {
			throw new RuleViolationException("commitmentId", "fulfilment.commitment.notYours");
		}
		if (!FulfilmentRules.withinBound(c, Objects.requireNonNull(form.quantity()))) {
			throw new RuleViolationException("quantity", "fulfilment.quantity.tooMuch",
					c.getMeasure().maxPerRecord().toPlainString());
		}
		Fulfilment f = new Fulfilment();
		f.setCommitmentId(c.getId());
		f.setAgreementId(agreementId);
		f.setHappenedOn(Objects.requireNonNull(form.happenedOn()));
		f.setDescription(Objects.requireNonNull(form.description()).trim());
		f.setQuantity(Objects.requireNonNull(form.quantity()));
		f.setCreatedBy(this.history.username());
		this.fulfilments.saveAndFlush(f);
		this.history.record(agreementId, "FULFILMENT", f.getId(), "logged", null,
				f.getHappenedOn() + " " + AgreementHistory.text(f.getQuantity()) + " " + f.getDescription());
		this.events.publishEvent(new FulfilmentChanged(agreementId, c.getId()));
		this.redWatch.check(List.of(agreementId));
		return Objects.requireNonNull(f.getId());
	}

}
