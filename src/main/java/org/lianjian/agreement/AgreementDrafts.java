package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.StaleEditException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting: a new draft, a draft edited (every change recorded in the history), and the
 * form pre-filled for an edit or a renewal. The parties are checked against the
 * structure, the units and the user's scope before anything is saved.
 */
@Service
class AgreementDrafts {

	private static final Logger log = LoggerFactory.getLogger(AgreementDrafts.class);

	private final AgreementRepository agreements;

	private final FulfilmentRepository fulfilments;

	private final PairingRepository pairings;

	private final AgreementAccess access;

	private final AgreementHistory history;

	private final AgreementNumbers numbers;

	private final AgreementPartyRules parties;

	private final DraftWriter writer;

	private final Clock clock;

	AgreementDrafts(AgreementRepository agreements, FulfilmentRepository fulfilments, PairingRepository pairings,
			AgreementAccess access, AgreementHistory history, AgreementNumbers numbers, AgreementPartyRules parties,
			DraftWriter writer, Clock clock) {
		this.agreements = agreements;
		this.fulfilments = fulfilments;
		this.pairings = pairings;
		this.access = access;
		this.history = history;
		this.numbers = numbers;
		this.parties = parties;
		this.writer = writer;
		this.clock = clock;
	}

	/**
	 * The form for editing a draft, or for a renewal pre-filled from the old agreement.
	 * @param id the agreement
	 * @return the form
	 */
	@Transactional(readOnly = true)
	AgreementForm form(Long id) {
		JointBuildingAgreement a = this.access.loadInScope(id);
		return toForm(a, a.getVersion(), a.getTermStart(), a.getTermEnd(), null, true);
	}

	private static AgreementForm toForm(JointBuildingAgreement a, @Nullable Long version, LocalDate start,
			LocalDate end, @Nullable Long renewedFrom, boolean keepIds) {
		List<CommitmentForm> rows = a.getCommitments()
			.stream()
			.map((c) -> new CommitmentForm(keepIds ? c.getId() : null, c.getDescription(), c.getResponsibleUnitId(),
					c.getArea(), plain(c.getTargetQuantity()), c.getTargetUnit(), c.isPerYear(),
					keepIds ? c.getDueDate() : null, c.getMeasure()))
			.collect(Collectors.toCollection(ArrayList::new));
		return new AgreementForm(a.getTitle(), a.getLevel(), a.getCommunityOrgId(), new ArrayList<>(a.getUnitIds()),
				EnumSet.copyOf(a.getAreas().isEmpty() ? EnumSet.of(CooperationArea.OTHER) : a.getAreas()), start, end,
				a.getSummary(), a.getParentAgreementId(), renewedFrom, rows, version);
	}

	@Transactional
	Long createDraft(AgreementForm form) {
		JointBuildingAgreement a = new JointBuildingAgreement();
		this.parties.check(form);
		a.setNumber(this.numbers.next(LocalDate.now(this.clock).getYear()));
		a.setCreatedBy(this.history.username());
		this.writer.apply(a, form, false);
		a.setRenewedFromId(form.renewedFromId() == null ? null : this.access.loadInScope(form.renewedFromId()).getId());
		this.agreements.saveAndFlush(a);
		this.history.record(a.getId(), "AGREEMENT", a.getId(), "created", null, a.getNumber());
		linkPairing(a);
		log.info("agreement {} drafted", a.getNumber());
		return Objects.requireNonNull(a.getId());
	}

	@Transactional
	void updateDraft(Long id, AgreementForm form) {
		JointBuildingAgreement a = this.access.loadInScope(id);
		long expected = form.version() == null ? -1 : form.version();
		a.checkVersion(expected);
		if (!a.isEditable()) {
			throw new IllegalTransitionException(a.getStatus(), AgreementStatus.DRAFT);
		}
		this.parties.check(form);
		this.writer.apply(a, form, true);
		linkPairing(a);
		a.touch();
		try {
			this.agreements.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleEditException(expected, ex);
		}
	}

	private void linkPairing(JointBuildingAgreement a) {
		if (a.getPairingId() != null) {
			return;
		}
		for (Long unitId : a.getUnitIds()) {
			List<Pairing> found = this.pairings.findActiveBetween(a.getCommunityOrgId(), unitId, null,
					LocalDate.now(this.clock));
			if (!found.isEmpty()) {
				a.setPairingId(found.get(0).getId());
				return;
			}
		}
	}

	/**
	 * A renewal form: the old agreement's parties, areas and commitments, a new term that
	 * starts the day after the old one ends, linked to the old agreement.
	 * @param id the agreement to renew
	 * @return the pre-filled form
	 */
	@Transactional(readOnly = true)
	AgreementForm renewalForm(Long id) {
		JointBuildingAgreement a = this.access.loadInScope(id);
		if (!a.isRenewable()) {
			throw new IllegalTransitionException(a.getStatus(), AgreementStatus.ACTIVE);
		}
		long years = Math.max(1, a.getTermEnd().getYear() - a.getTermStart().getYear() + 1);
		LocalDate start = a.getTermEnd().plusDays(1);
		return toForm(a, null, start, start.plusYears(years).minusDays(1), a.getId(), false);
	}

	/**
	 * The old term's delivered figures per commitment description, shown beside a
	 * renewal.
	 * @param id the old agreement
	 * @return description to delivered quantity over the whole old term
	 */
	@Transactional(readOnly = true)
	Map<String, BigDecimal> termFigures(Long id) {
		JointBuildingAgreement a = this.access.loadInScope(id);
		Map<Long, BigDecimal> delivered = new HashMap<>();
		for (Object[] row : this.fulfilments.sumByCommitment(List.of(id), a.getTermStart(), a.getTermEnd())) {
			delivered.put((Long) row[0], (BigDecimal) row[1]);
		}
		Map<String, BigDecimal> result = new java.util.LinkedHashMap<>();
		a.getCommitments()
			.forEach((c) -> result.put(c.getDescription(), delivered.getOrDefault(c.getId(), BigDecimal.ZERO)));
		return result;
	}

	/** A stored 2.00 is shown in the form as 2, as the user typed it. */
	private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
		return value == null ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

}
