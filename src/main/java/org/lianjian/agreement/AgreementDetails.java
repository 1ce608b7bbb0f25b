package org.lianjian.agreement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement page as a read model: the agreement with its parties, commitments and
 * their colours this year, the fulfilment log with its evidence, files, history, linked
 * agreements (those outside the user's scope neither named nor linked), its pairing and
 * the actions the user may take.
 */
@Service
class AgreementDetails {

	private final AgreementRepository agreements;

	private final FulfilmentRepository fulfilments;

	private final PairingRepository pairings;

	private final AttachmentService attachments;

	private final AgreementHistory history;

	private final AgreementAccess access;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	private final Clock clock;

	AgreementDetails(AgreementRepository agreements, FulfilmentRepository fulfilments, PairingRepository pairings,
			AttachmentService attachments, AgreementHistory history, AgreementAccess access, ScopeService scopes,
			StructureService structure, UnitService units, Clock clock) {
		this.agreements = agreements;
		this.fulfilments = fulfilments;
		this.pairings = pairings;
		this.attachments = attachments;
		this.history = history;
		this.access = access;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.clock = clock;
	}

	/** The names of the agreement's parties. */
	private record Names(Map<Long, String> units, Map<Long, String> organisations) {

	}

	/** The parent, predecessor and renewals the user may see. */
	private record Links(AgreementViews.@Nullable Ref parent, AgreementViews.@Nullable Ref renewedFrom,
			List<AgreementViews.Ref> renewals) {

	}

	@Transactional(readOnly = true)
	AgreementViews.Detail detail(Long id) {
		JointBuildingAgreement a = this.access.loadInScope(id);
		DataScope scope = this.scopes.current();
		Set<Long> unitIds = new LinkedHashSet<>(a.getUnitIds());
		Names names = new Names(this.units.names(unitIds), this.structure.names(Set.of(a.getCommunityOrgId())));
		List<AgreementViews.CommitmentView> commitments = commitmentViews(scope, a, names, LocalDate.now(this.clock));
		Rag worst = commitments.stream().map(AgreementViews.CommitmentView::rag).reduce(Rag.GREEN, Rag::worse);
		// the agreement's files and its records' evidence in one statement
		AttachmentService.AgreementFilesOf files = this.attachments.forAgreement(id);
		Links links = links(scope, a);
		AgreementViews.PairingView pairing = a.getPairingId() == null ? null
				: this.pairings.findById(a.getPairingId()).map(this::pairingView).orElse(null);
		return new AgreementViews.Detail(a.getId(), a.getVersion(), a.getNumber(), a.getTitle(), a.getLevel(),
				a.getStatus(),
				new AgreementViews.Ref(a.getCommunityOrgId(),
						names.organisations().getOrDefault(a.getCommunityOrgId(), "")),
				unitRefs(unitIds, names.units(), this.units.openable(unitIds)),
				EnumSet.copyOf(a.getAreas().isEmpty() ? EnumSet.of(CooperationArea.OTHER) : a.getAreas()),
				a.getTermStart(), a.getTermEnd(), a.getSignedOn(), a.getSummary(), a.getReturnReason(),
				a.getTerminationReason(), a.getTerminatedOn(), links.parent(), links.renewedFrom(), links.renewals(),
				pairing, commitments, fulfilmentViews(a, files.evidence()), files.own(), this.history.of(id), worst,
				AgreementAccess.actions(scope, a));
	}

	/** The commitments with what was delivered in the year they are judged on. */
	private List<AgreementViews.CommitmentView> commitmentViews(DataScope scope, JointBuildingAgreement a, Names names,
			LocalDate today) {
		Map<Long, BigDecimal> delivered = new HashMap<>();
		Map<Long, Long> records = new HashMap<>();
		LocalDate judged = judgeDay(a, today);
		for (Object[] row : this.fulfilments.sumByCommitment(List.of(a.getId()), judged.withDayOfYear(1),
				judged.withDayOfYear(judged.lengthOfYear()))) {
			delivered.put((Long) row[0], (BigDecimal) row[1]);
			records.put((Long) row[0], (Long) row[2]);
		}
		boolean active = a.getStatus() == AgreementStatus.ACTIVE;
		List<AgreementViews.CommitmentView> views = new ArrayList<>();
		for (Commitment c : a.getCommitments()) {
			views.add(commitmentView(a, c,
					c.getResponsibleUnitId() == null ? names.organisations().get(a.getCommunityOrgId())
							: names.units().get(c.getResponsibleUnitId()),
					delivered.getOrDefault(c.getId(), BigDecimal.ZERO), records.getOrDefault(c.getId(), 0L), today,
					active && FulfilmentRules.mayLog(scope, a, c)));
		}
		return views;
	}

	/**
	 * One commitment with what was delivered in the year it is judged on: the agreement
	 * page's rows and the delivery form ({@link Deliveries}) show the same progress.
	 */
	static AgreementViews.CommitmentView commitmentView(JointBuildingAgreement a, Commitment c,
			@Nullable String responsibleName, BigDecimal delivered, long records, LocalDate today, boolean canLog) {
		boolean running = a.getStatus() == AgreementStatus.ACTIVE || a.getStatus() == AgreementStatus.EXPIRED;
		Rag rag = running ? rag(c, a, delivered, today) : Rag.GREEN;
		BigDecimal goal = c.getTargetQuantity() == null ? BigDecimal.ONE : c.getTargetQuantity();
		int percent = Math.min(100,
				delivered.multiply(BigDecimal.valueOf(100)).divide(goal, 0, RoundingMode.DOWN).intValue());
		return new AgreementViews.CommitmentView(c.getId(), c.getDescription(), c.getResponsibleUnitId(),
				responsibleName, c.getArea(), c.getTargetQuantity(), c.getTargetUnit(), c.getMeasure(), c.isPerYear(),
				c.getDueDate(), delivered, records, percent, rag, canLog);
	}

	/** The fulfilment log, newest first, each record with its evidence. */
	private List<AgreementViews.FulfilmentView> fulfilmentViews(JointBuildingAgreement a,
			Map<Long, List<AgreementViews.AttachmentView>> evidence) {
		Map<Long, Commitment> byId = new HashMap<>();
		a.getCommitments().forEach((c) -> byId.put(c.getId(), c));
		return this.fulfilments.findByAgreementIdOrderByHappenedOnDescIdDesc(a.getId()).stream().map((f) -> {
			Commitment c = byId.get(f.getCommitmentId());
			return new AgreementViews.FulfilmentView(f.getId(), f.getCommitmentId(),
					(c != null) ? c.getDescription() : "", f.getHappenedOn(), f.getDescription(), f.getQuantity(),
					(c != null) ? c.getTargetUnit() : null, (c != null) ? c.getMeasure() : CommitmentMeasure.SESSIONS,
					f.isAutomatic(), f.getActivityId(), f.getCreatedBy(), evidence.getOrDefault(f.getId(), List.of()));
		}).toList();
	}

	/** Parent, predecessor and renewals: one projection statement, no entities. */
	private Links links(DataScope scope, JointBuildingAgreement a) {
		Long id = a.getId();
		Set<Long> linked = new HashSet<>();
		if (a.getParentAgreementId() != null) {
			linked.add(a.getParentAgreementId());
		}
		if (a.getRenewedFromId() != null) {
			linked.add(a.getRenewedFromId());
		}
		Map<Long, AgreementViews.Ref> refs = new HashMap<>();
		List<AgreementViews.Ref> renewals = new ArrayList<>();
		List<Object[]> related = this.agreements.findRelated(linked.isEmpty() ? List.of(-1L) : linked, id);
		Set<Long> hidden = hiddenFrom(scope, related);
		for (Object[] row : related) {
			Long rowId = (Long) row[0];
			if (hidden.contains(rowId)) {
				continue;
			}
			if (linked.contains(rowId)) {
				refs.put(rowId, new AgreementViews.Ref(rowId, row[1] + " " + row[2]));
			}
			if (id.equals(row[3])) {
				renewals.add(new AgreementViews.Ref(rowId, (String) row[1]));
			}
		}
		AgreementViews.Ref parent = (a.getParentAgreementId() == null || hidden.contains(a.getParentAgreementId()))
				? null : ref(a.getParentAgreementId(), refs);
		AgreementViews.Ref renewedFrom = (a.getRenewedFromId() == null || hidden.contains(a.getRenewedFromId())) ? null
				: ref(a.getRenewedFromId(), refs);
		return new Links(parent, renewedFrom, renewals);
	}

	/**
	 * The linked agreements (parent, predecessor, renewals) that the user may not see: a
	 * detail page neither names nor links them.
	 */
	private Set<Long> hiddenFrom(DataScope scope, List<Object[]> related) {
		if (scope.isAll() || related.isEmpty()) {
			return Set.of();
		}
		List<Long> ids = related.stream().map((row) -> (Long) row[0]).toList();
		return this.agreements.findAllById(ids)
			.stream()
			.filter((x) -> !AgreementAccess.canSee(scope, x))
			.map(JointBuildingAgreement::getId)
			.collect(Collectors.toSet());
	}

	private static AgreementViews.Ref ref(Long agreementId, Map<Long, AgreementViews.Ref> found) {
		AgreementViews.Ref ref = found.get(agreementId);
		return ref != null ? ref : new AgreementViews.Ref(agreementId, "#" + agreementId);
	}

	private static List<AgreementViews.UnitRef> unitRefs(Collection<Long> ids, Map<Long, String> names,
			Set<Long> open) {
		return ids.stream()
			.sorted()
			.map((id) -> new AgreementViews.UnitRef(id, names.getOrDefault(id, ""), open.contains(id)))
			.toList();
	}

	AgreementViews.PairingView pairingView(Pairing p) {
		Set<Long> orgIds = new HashSet<>(Set.of(p.getOrganisationId()));
		if (p.getPartnerOrgId() != null) {
			orgIds.add(p.getPartnerOrgId());
		}
		Map<Long, String> orgNames = this.structure.names(orgIds);
		String partner = p.getUnitId() != null ? this.units.name(p.getUnitId()).orElse("")
				: orgNames.getOrDefault(p.getPartnerOrgId(), "");
		return new AgreementViews.PairingView(p.getId(), p.getVersion(), p.getOrganisationId(),
				orgNames.getOrDefault(p.getOrganisationId(), ""), p.getUnitId(), p.getPartnerOrgId(), partner,
				p.getStartDate(), p.getEndDate(), p.getNote());
	}

	static Rag rag(Commitment c, JointBuildingAgreement a, BigDecimal delivered, LocalDate today) {
		return Rag.of(c.getTargetQuantity(), delivered, a.getTermStart(), a.getTermEnd(), judgeDay(a, today));
	}

	/**
	 * The day an agreement is judged on: today, except that an expired agreement is
	 * judged on its last day (with what was delivered in its last year), so that one
	 * which ended in an earlier year does not turn red for lack of fulfilment this year.
	 */
	static LocalDate judgeDay(JointBuildingAgreement a, LocalDate today) {
		return a.getStatus() == AgreementStatus.EXPIRED && today.isAfter(a.getTermEnd()) ? a.getTermEnd() : today;
	}

}
