package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fulfilment through activities: which commitments an activity may be linked to, and the
 * automatic fulfilment records a held activity makes, by the rules of direct logging
 * ({@link FulfilmentRules}). The activity module asks for the choices and the checks; the
 * automatic records follow its events ({@link ActivityFulfilmentListener}).
 */
@Service
public class ActivityFulfilment {

	private final CommitmentRepository commitments;

	private final FulfilmentRepository fulfilments;

	private final CommitmentChoices choices;

	private final AgreementHistory history;

	private final ScopeService scopes;

	private final RedWatch redWatch;

	private final ApplicationEventPublisher events;

	ActivityFulfilment(CommitmentRepository commitments, FulfilmentRepository fulfilments, CommitmentChoices choices,
			AgreementHistory history, ScopeService scopes, RedWatch redWatch, ApplicationEventPublisher events) {
		this.commitments = commitments;
		this.fulfilments = fulfilments;
		this.choices = choices;
		this.history = history;
		this.scopes = scopes;
		this.redWatch = redWatch;
		this.events = events;
	}

	/**
	 * The commitments the current user may link an activity to: unit-side commitments of
	 * agreements in force in their scope that they may log directly. On saving, the
	 * responsible unit must also be a partner of the activity.
	 * @return one choice per commitment, by agreement
	 */
	@Transactional(readOnly = true)
	public List<AgreementService.CommitmentChoice> linkable() {
		DataScope scope = this.scopes.current();
		List<AgreementService.CommitmentChoice> all = this.choices.inScope();
		Map<Long, Commitment> byId = new HashMap<>();
		this.commitments.findAllById(all.stream().map(AgreementService.CommitmentChoice::id).toList())
			.forEach((c) -> byId.put(c.getId(), c));
		return all.stream().filter((choice) -> {
			Commitment c = byId.get(choice.id());
			return c != null && c.getResponsibleUnitId() != null
					&& FulfilmentRules.mayLog(scope, Objects.requireNonNull(c.getAgreement()), c);
		}).toList();
	}

	/**
	 * Checks the commitments an activity is to be linked to. Links the activity already
	 * had may stay (whoever made them); every new link must obey
	 * {@link FulfilmentRules#mayLink}.
	 * @param commitmentIds the commitments asked for
	 * @param kept the commitments the activity is already linked to
	 * @param partnerUnitIds the activity's partners as asked for
	 * @throws RuleViolationException beside {@code commitmentIds} when one may not be
	 * linked
	 */
	@Transactional(readOnly = true)
	public void checkLinks(Collection<Long> commitmentIds, Collection<Long> kept, Collection<Long> partnerUnitIds) {
		DataScope scope = this.scopes.current();
		for (Long id : commitmentIds) {
			if (kept.contains(id)) {
				continue;
			}
			Commitment c = this.commitments.findById(id).orElse(null);
			if (c == null || !AgreementAccess.canSee(scope, Objects.requireNonNull(c.getAgreement()))) {
				throw new RuleViolationException("commitmentIds", "activity.commitments.invalid");
			}
			if (!FulfilmentRules.mayLink(scope, c, partnerUnitIds)) {
				throw new RuleViolationException("commitmentIds", "activity.commitments.notCreditable",
						c.getDescription());
			}
		}
	}

	/**
	 * Brings an activity's automatic fulfilment records in line with its figures: a held
	 * activity delivers towards each linked commitment what the rules allow; anything
	 * else (not held, link removed, not creditable) has no record. Idempotent; every
	 * record made, changed or removed is written to the agreement's history in the name
	 * of {@code by} and published as {@link FulfilmentChanged}, and the commitments
	 * concerned are judged again ({@link RedWatch}). {@link ActivityFulfilmentListener}
	 * calls it after an activity was held, corrected, reopened or cancelled.
	 * @param figures the activity's figures
	 * @param commitmentIds the commitments it is linked to
	 * @param held whether it counts
	 * @param by the user who changed the activity
	 */
	@Transactional
	void sync(Figures figures, Collection<Long> commitmentIds, boolean held, String by) {
		Set<Long> linked = held ? new LinkedHashSet<>(commitmentIds) : Set.of();
		List<Fulfilment> changed = new ArrayList<>();
		for (Fulfilment f : this.fulfilments.findByActivityId(figures.activityId())) {
			if (f.isAutomatic() && !linked.contains(f.getCommitmentId())) {
				remove(f, by);
				changed.add(f);
			}
		}
		for (Long id : linked) {
			Commitment c = this.commitments.findById(id).orElse(null);
			if (c == null) {
				continue;
			}
			BigDecimal quantity = FulfilmentRules.creditableThrough(c, figures.partnerUnitIds())
					? FulfilmentRules.activityQuantity(c, figures) : null;
			Fulfilment existing = this.fulfilments.findByCommitmentIdAndActivityId(id, figures.activityId())
				.orElse(null);
			if (quantity == null) {
				if (existing != null) {
					remove(existing, by);
					changed.add(existing);
				}
			}
			else if (existing == null) {
				changed.add(add(c, figures, quantity, by));
			}
			else if (update(existing, figures, quantity, by)) {
				changed.add(existing);
			}
		}
		if (!changed.isEmpty()) {
			this.fulfilments.flush();
			changed.forEach(
					(f) -> this.events.publishEvent(new FulfilmentChanged(f.getAgreementId(), f.getCommitmentId())));
			this.redWatch.check(changed.stream().map(Fulfilment::getAgreementId).distinct().toList());
		}
	}

	private Fulfilment add(Commitment c, Figures figures, BigDecimal quantity, String by) {
		Long agreementId = Objects.requireNonNull(Objects.requireNonNull(c.getAgreement()).getId());
		Fulfilment f = new Fulfilment();
		f.setCommitmentId(Objects.requireNonNull(c.getId()));
		f.setAgreementId(agreementId);
		f.setHappenedOn(figures.on());
		f.setDescription(figures.title());
		f.setQuantity(quantity);
		f.setActivityId(figures.activityId());
		f.setAutomatic(true);
		f.setCreatedBy(by);
		this.fulfilments.save(f);
		this.history.recordBy(by, agreementId, "FULFILMENT", f.getId(), "automatic", null,
				figures.title() + " " + AgreementHistory.text(quantity));
		return f;
	}

	private boolean update(Fulfilment f, Figures figures, BigDecimal quantity, String by) {
		boolean changed = f.getQuantity().compareTo(quantity) != 0 || !f.getHappenedOn().equals(figures.on())
				|| !f.getDescription().equals(figures.title());
		if (f.getQuantity().compareTo(quantity) != 0) {
			this.history.recordBy(by, f.getAgreementId(), "FULFILMENT", f.getId(), "quantity", f.getQuantity(),
					quantity);
			f.setQuantity(quantity);
		}
		f.setHappenedOn(figures.on());
		f.setDescription(figures.title());
		return changed;
	}

	private void remove(Fulfilment f, String by) {
		this.fulfilments.delete(f);
		this.history.recordBy(by, f.getAgreementId(), "FULFILMENT", f.getId(), "automatic", f.getDescription(), null);
	}

	/**
	 * What a held activity did, as the fulfilment rules read it.
	 *
	 * @param activityId the activity
	 * @param on the day it took place
	 * @param title its title
	 * @param partnerUnitIds its partner units
	 * @param hoursByUnit each partner unit's volunteer hours
	 * @param residentsServed the residents it served, if recorded
	 */
	public record Figures(Long activityId, LocalDate on, String title, Set<Long> partnerUnitIds,
			Map<Long, BigDecimal> hoursByUnit, @Nullable Integer residentsServed) {

	}

}
