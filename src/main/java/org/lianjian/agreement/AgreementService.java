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
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.PageView;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * The public API of the agreement module. Every method checks the current user's scope:
 * an agreement outside it answers 404, and a lifecycle step the status or the role does
 * not allow is refused here, whatever the page offered.
 */
@Service
public class AgreementService {

	/** Actions the detail page may offer. */
	public static final String EDIT = "edit", SUBMIT = "submit", APPROVE = "approve", SEND_BACK = "sendBack",
			TERMINATE = "terminate", RENEW = "renew", LOG = "log", ATTACH = "attach";

	static final int PAGE_SIZE = 20;

	private static final Logger log = LoggerFactory.getLogger(AgreementService.class);

	private final AgreementRepository agreements;

	private final CommitmentRepository commitments;

	private final FulfilmentRepository fulfilments;

	private final PairingRepository pairings;

	private final AttachmentService attachments;

	private final AgreementHistory history;

	private final AgreementNumbers numbers;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	private final RagQueries ragQueries;

	private final AgreementListQueries listQueries;

	private final AgreementReminders reminders;

	private final Clock clock;

	AgreementService(AgreementRepository agreements, CommitmentRepository commitments, FulfilmentRepository fulfilments,
			PairingRepository pairings, AttachmentService attachments, AgreementHistory history,
			AgreementNumbers numbers, ScopeService scopes, StructureService structure, UnitService units,
			RagQueries ragQueries, AgreementListQueries listQueries, AgreementReminders reminders, Clock clock) {
		this.ragQueries = ragQueries;
		this.listQueries = listQueries;
		this.reminders = reminders;
		this.agreements = agreements;
		this.commitments = commitments;
		this.fulfilments = fulfilments;
		this.pairings = pairings;
		this.attachments = attachments;
		this.history = history;
		this.numbers = numbers;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public PageView<AgreementViews.Summary> search(AgreementFilter filter) {
		DataScope scope = this.scopes.current();
		String q = StringUtils.hasText(filter.q()) ? "%" + filter.q().trim().toLowerCase() + "%" : "";
		int page = PageView.index(filter.page());
		List<AgreementListQueries.Row> rows;
		long total;
		if (filter.rag() == null) {
			rows = this.listQueries.page(scope, filter, q, (long) page * PAGE_SIZE, PAGE_SIZE);
			total = this.listQueries.count(scope, filter, q);
		}
		else {
			// the colour is judged by the rule written in SQL, on the page's rows only
			RagQueries.IdPage ids = this.ragQueries.agreementsByRag(scope, filter, q, LocalDate.now(this.clock),
					(long) page * PAGE_SIZE, PAGE_SIZE);
			rows = this.listQueries.byIds(ids.ids());
			total = ids.total();
		}
		return PageView.of(new PageImpl<>(summaries(rows), PageRequest.of(page, PAGE_SIZE), total));
	}

	/**
	 * Every agreement matching the filter (for the export), in list order.
	 * @param filter the filter
	 * @return the rows
	 */
	@Transactional(readOnly = true)
	public List<AgreementViews.Summary> exportRows(AgreementFilter filter) {
		AgreementFilter all = filter.withPage(null);
		List<AgreementViews.Summary> rows = new ArrayList<>();
		PageView<AgreementViews.Summary> p = search(all);
		rows.addAll(p.content());
		for (int i = 1; i < p.totalPages(); i++) {
			rows.addAll(search(filter.withPage(i)).content());
		}
		return rows;
	}

	/** The rows with their parties and colours: two more statements. */
	private List<AgreementViews.Summary> summaries(List<AgreementListQueries.Row> rows) {
		List<Long> ids = rows.stream().map(AgreementListQueries.Row::id).toList();
		Map<Long, List<AgreementViews.Ref>> parties = this.listQueries.parties(ids);
		List<Long> judged = rows.stream().filter((r) -> r.status().judged()).map(AgreementListQueries.Row::id).toList();
		Map<Long, Rag> rags = ragsOf(judged, LocalDate.now(this.clock));
		return rows.stream()
			.map((r) -> new AgreementViews.Summary(r.id(), r.number(), r.title(), r.level(), r.status(),
					r.communityOrgName(), parties.getOrDefault(r.id(), List.of()), r.termStart(), r.termEnd(),
					rags.getOrDefault(r.id(), Rag.GREEN)))
			.toList();
	}

	private static List<AgreementViews.Ref> refs(Collection<Long> ids, Map<Long, String> names) {
		return ids.stream().sorted().map((id) -> new AgreementViews.Ref(id, names.getOrDefault(id, ""))).toList();
	}

	/**
	 * The colour of each agreement: the worst of its commitments this year. Drafts and
	 * closed agreements are green (nothing is due from them).
	 */
	Map<Long, Rag> rags(List<JointBuildingAgreement> list, LocalDate today) {
		Map<Long, Rag> result = new HashMap<>();
		List<Long> active = new ArrayList<>();
		for (JointBuildingAgreement a : list) {
			result.put(a.getId(), Rag.GREEN);
			if (a.getStatus().judged()) {
				active.add(a.getId());
			}
		}
		result.putAll(ragsOf(active, today));
		return result;
	}

	/**
	 * The colour of each given active or expired agreement that has commitments: the
	 * worst of them. One projection query; an agreement that expired in an earlier year
	 * is judged on its last year.
	 */
	private Map<Long, Rag> ragsOf(List<Long> agreementIds, LocalDate today) {
		Map<Long, Rag> result = new HashMap<>();
		if (agreementIds.isEmpty()) {
			return result;
		}
		for (CommitmentStanding c : this.listQueries.standings(agreementIds, today)) {
			result.merge(c.agreementId(), c.rag(today), Rag::worse);
		}
		return result;
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

	@Transactional(readOnly = true)
	public AgreementViews.Detail detail(Long id) {
		JointBuildingAgreement a = loadInScope(id);
		DataScope scope = this.scopes.current();
		LocalDate today = LocalDate.now(this.clock);
		Set<Long> unitIds = new LinkedHashSet<>(a.getUnitIds());
		Map<Long, String> unitNames = this.units.names(unitIds);
		Set<Long> orgIds = new HashSet<>(Set.of(a.getCommunityOrgId()));
		Map<Long, String> orgNames = this.structure.names(orgIds);

		Map<Long, BigDecimal> delivered = new HashMap<>();
		Map<Long, Long> records = new HashMap<>();
		LocalDate judged = judgeDay(a, today);
		for (Object[] row : this.fulfilments.sumByCommitment(List.of(id), judged.withDayOfYear(1),
				judged.withDayOfYear(judged.lengthOfYear()))) {
			delivered.put((Long) row[0], (BigDecimal) row[1]);
			records.put((Long) row[0], (Long) row[2]);
		}
		boolean active = a.getStatus() == AgreementStatus.ACTIVE;
		List<AgreementViews.CommitmentView> commitmentViews = new ArrayList<>();
		Rag worst = Rag.GREEN;
		Map<Long, Commitment> byId = new HashMap<>();
		for (Commitment c : a.getCommitments()) {
			byId.put(c.getId(), c);
			BigDecimal d = delivered.getOrDefault(c.getId(), BigDecimal.ZERO);
			Rag rag = (active || a.getStatus() == AgreementStatus.EXPIRED) ? rag(c, a, d, today) : Rag.GREEN;
			worst = worst.worse(rag);
			BigDecimal goal = c.getTargetQuantity() == null ? BigDecimal.ONE : c.getTargetQuantity();
			int percent = Math.min(100,
					d.multiply(BigDecimal.valueOf(100)).divide(goal, 0, RoundingMode.DOWN).intValue());
			commitmentViews.add(new AgreementViews.CommitmentView(c.getId(), c.getDescription(),
					c.getResponsibleUnitId(),
					c.getResponsibleUnitId() == null ? orgNames.get(a.getCommunityOrgId())
							: unitNames.get(c.getResponsibleUnitId()),
					c.getArea(), c.getTargetQuantity(), c.getTargetUnit(), c.getMeasure(), c.isPerYear(),
					c.getDueDate(), d, records.getOrDefault(c.getId(), 0L), percent, rag,
					active && FulfilmentRules.mayLog(scope, a, c)));
		}
		List<Fulfilment> log = this.fulfilments.findByAgreementIdOrderByHappenedOnDescIdDesc(id);
		// the agreement's files and its records' evidence in one statement
		AttachmentService.AgreementFilesOf files = this.attachments.forAgreement(id);
		Map<Long, List<AgreementViews.AttachmentView>> evidence = files.evidence();
		List<AgreementViews.FulfilmentView> fulfilmentViews = log.stream()
			.map((f) -> new AgreementViews.FulfilmentView(f.getId(), f.getCommitmentId(),
					byId.containsKey(f.getCommitmentId()) ? byId.get(f.getCommitmentId()).getDescription() : "",
					f.getHappenedOn(), f.getDescription(), f.getQuantity(),
					byId.containsKey(f.getCommitmentId()) ? byId.get(f.getCommitmentId()).getTargetUnit() : null,
					byId.containsKey(f.getCommitmentId()) ? byId.get(f.getCommitmentId()).getMeasure()
							: CommitmentMeasure.SESSIONS,
					f.isAutomatic(), f.getActivityId(), f.getCreatedBy(), evidence.getOrDefault(f.getId(), List.of())))
			.toList();

		// parent, predecessor and renewals: one projection statement, no entities
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
		AgreementViews.PairingView pairing = a.getPairingId() == null ? null
				: this.pairings.findById(a.getPairingId()).map(this::pairingView).orElse(null);

		return new AgreementViews.Detail(a.getId(), a.getVersion(), a.getNumber(), a.getTitle(), a.getLevel(),
				a.getStatus(),
				new AgreementViews.Ref(a.getCommunityOrgId(), orgNames.getOrDefault(a.getCommunityOrgId(), "")),
				refs(unitIds, unitNames),
				EnumSet.copyOf(a.getAreas().isEmpty() ? EnumSet.of(CooperationArea.OTHER) : a.getAreas()),
				a.getTermStart(), a.getTermEnd(), a.getSignedOn(), a.getSummary(), a.getReturnReason(),
				a.getTerminationReason(), a.getTerminatedOn(), parent, renewedFrom, renewals, pairing, commitmentViews,
				fulfilmentViews, files.own(), this.history.of(id), worst, actions(scope, a));
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
			.filter((x) -> !canSee(scope, x))
			.map(JointBuildingAgreement::getId)
			.collect(Collectors.toSet());
	}

	private static AgreementViews.Ref ref(Long agreementId, Map<Long, AgreementViews.Ref> found) {
		AgreementViews.Ref ref = found.get(agreementId);
		return ref != null ? ref : new AgreementViews.Ref(agreementId, "#" + agreementId);
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

	/**
	 * The form for editing a draft, or for a renewal pre-filled from the old agreement.
	 * @param id the agreement
	 * @return the form
	 */
	@Transactional(readOnly = true)
	public AgreementForm form(Long id) {
		JointBuildingAgreement a = loadInScope(id);
		return toForm(a, a.getVersion(), a.getTermStart(), a.getTermEnd(), null, true);
	}

	private static AgreementForm toForm(JointBuildingAgreement a, @Nullable Long version, LocalDate start,
			LocalDate end, @Nullable Long renewedFrom, boolean keepIds) {
		List<CommitmentForm> rows = a.getCommitments()
			.stream()
			.map((c) -> new CommitmentForm(keepIds ? c.getId() : null, c.getDescription(), c.getResponsibleUnitId(),
					c.getArea(), c.getTargetQuantity(), c.getTargetUnit(), c.isPerYear(),
					keepIds ? c.getDueDate() : null, c.getMeasure()))
			.collect(Collectors.toCollection(ArrayList::new));
		return new AgreementForm(a.getTitle(), a.getLevel(), a.getCommunityOrgId(), new ArrayList<>(a.getUnitIds()),
				EnumSet.copyOf(a.getAreas().isEmpty() ? EnumSet.of(CooperationArea.OTHER) : a.getAreas()), start, end,
				a.getSummary(), a.getParentAgreementId(), renewedFrom, rows, version);
	}

	// ---------------------------------------------------------------- scope and rights

	JointBuildingAgreement loadInScope(Long id) {
		JointBuildingAgreement a = this.agreements.findById(id).orElseThrow(() -> AgreementNotFoundException.forId(id));
		if (!canSee(this.scopes.current(), a)) {
			throw AgreementNotFoundException.forId(id);
		}
		return a;
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

	private void requireStaff() {
		if (!this.scopes.current().isStaff()) {
			throw new AccessDeniedException("staff only");
		}
	}

	// ---------------------------------------------------------------- drafting

	@Transactional
	public Long createDraft(AgreementForm form) {
		JointBuildingAgreement a = new JointBuildingAgreement();
		checkParties(form);
		a.setNumber(this.numbers.next(LocalDate.now(this.clock).getYear()));
		a.setCreatedBy(this.history.username());
		apply(a, form, false);
		a.setRenewedFromId(form.renewedFromId() == null ? null : loadInScope(form.renewedFromId()).getId());
		this.agreements.saveAndFlush(a);
		this.history.record(a.getId(), "AGREEMENT", a.getId(), "created", null, a.getNumber());
		linkPairing(a);
		log.info("agreement {} drafted", a.getNumber());
		return Objects.requireNonNull(a.getId());
	}

	@Transactional
	public void updateDraft(Long id, AgreementForm form) {
		JointBuildingAgreement a = loadInScope(id);
		long expected = form.version() == null ? -1 : form.version();
		a.checkVersion(expected);
		if (!a.isEditable()) {
			throw new IllegalTransitionException(a.getStatus(), AgreementStatus.DRAFT);
		}
		checkParties(form);
		apply(a, form, true);
		linkPairing(a);
		a.touch();
		try {
			this.agreements.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleEditException(expected, ex);
		}
	}

	private void checkParties(AgreementForm form) {
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
			JointBuildingAgreement parent = loadInScope(form.parentAgreementId());
			if (form.level() != AgreementLevel.BRANCH || parent.getLevel() != AgreementLevel.SUB_DISTRICT) {
				throw new RuleViolationException("parentAgreementId", "agreement.parent.invalid");
			}
		}
	}

	private void apply(JointBuildingAgreement a, AgreementForm f, boolean record) {
		Long id = a.getId();
		set(record, id, "title", a.getTitle(), Objects.requireNonNull(f.title()).trim(), a::setTitle);
		set(record, id, "level", a.getLevel(), Objects.requireNonNull(f.level()), a::setLevel);
		set(record, id, "communityOrgId", a.getCommunityOrgId(), Objects.requireNonNull(f.communityOrgId()),
				a::setCommunityOrgId);
		set(record, id, "termStart", a.getTermStart(), Objects.requireNonNull(f.termStart()), a::setTermStart);
		set(record, id, "termEnd", a.getTermEnd(), Objects.requireNonNull(f.termEnd()), a::setTermEnd);
		set(record, id, "summary", a.getSummary(), StringUtils.hasText(f.summary()) ? f.summary().trim() : null,
				a::setSummary);
		set(record, id, "parentAgreementId", a.getParentAgreementId(), f.parentAgreementId(), a::setParentAgreementId);
		Set<CooperationArea> areas = EnumSet.copyOf(Objects.requireNonNull(f.areas()));
		if (!areas.equals(a.getAreas())) {
			if (record && id != null) {
				this.history.record(id, "AGREEMENT", id, "areas", sorted(a.getAreas()), sorted(areas));
			}
			a.getAreas().clear();
			a.getAreas().addAll(areas);
		}
		Set<Long> unitIds = new LinkedHashSet<>(Objects.requireNonNull(f.unitIds()));
		if (!unitIds.equals(a.getUnitIds())) {
			if (record && id != null) {
				this.history.record(id, "AGREEMENT", id, "unitIds", sorted(a.getUnitIds()), sorted(unitIds));
			}
			a.getUnitIds().clear();
			a.getUnitIds().addAll(unitIds);
		}
		applyCommitments(a, f.commitmentsOrEmpty(), record);
	}

	private static String sorted(Collection<?> values) {
		return values.stream().map(String::valueOf).sorted().collect(Collectors.joining(","));
	}

	private void applyCommitments(JointBuildingAgreement a, List<CommitmentForm> rows, boolean record) {
		Map<Long, Commitment> existing = new HashMap<>();
		a.getCommitments().forEach((c) -> existing.put(c.getId(), c));
		Set<Long> kept = new HashSet<>();
		List<Commitment> ordered = new ArrayList<>();
		for (CommitmentForm row : rows) {
			Commitment c = row.id() == null ? null : existing.get(row.id());
			boolean isNew = c == null;
			if (isNew) {
				c = new Commitment();
				c.setAgreement(a);
			}
			else {
				kept.add(c.getId());
			}
			boolean rec = record && !isNew && a.getId() != null;
			Long cid = c.getId();
			Commitment target = c;
			setC(rec, a, cid, "description", c.getDescription(), Objects.requireNonNull(row.description()).trim(),
					target::setDescription);
			setC(rec, a, cid, "responsibleUnitId", c.getResponsibleUnitId(), row.responsibleUnitId(),
					target::setResponsibleUnitId);
			setC(rec, a, cid, "area", c.getArea(), Objects.requireNonNull(row.area()), target::setArea);
			setC(rec, a, cid, "targetQuantity", c.getTargetQuantity(), row.targetQuantity(), target::setTargetQuantity);
			setC(rec, a, cid, "targetUnit", c.getTargetUnit(),
					StringUtils.hasText(row.targetUnit()) ? row.targetUnit().trim() : null, target::setTargetUnit);
			setC(rec, a, cid, "measure", c.getMeasure(), row.measureOrDefault(), target::setMeasure);
			setC(rec, a, cid, "perYear", c.isPerYear(), row.perYear(), target::setPerYear);
			setC(rec, a, cid, "dueDate", c.getDueDate(), row.dueDate(), target::setDueDate);
			ordered.add(c);
			if (isNew && record && a.getId() != null) {
				this.history.record(a.getId(), "COMMITMENT", null, "added", null, c.getDescription());
			}
		}
		for (Commitment old : new ArrayList<>(a.getCommitments())) {
			if (!kept.contains(old.getId())) {
				if (record && a.getId() != null) {
					this.history.record(a.getId(), "COMMITMENT", old.getId(), "removed", old.getDescription(), null);
				}
			}
		}
		a.getCommitments().clear();
		for (int i = 0; i < ordered.size(); i++) {
			ordered.get(i).setSortOrder(i);
			a.getCommitments().add(ordered.get(i));
		}
	}

	private <T> void set(boolean record, @Nullable Long id, String field, @Nullable T oldValue, @Nullable T newValue,
			java.util.function.Consumer<@Nullable T> setter) {
		if (Objects.equals(oldValue, newValue)
				|| (oldValue instanceof BigDecimal o && newValue instanceof BigDecimal n && o.compareTo(n) == 0)) {
			return;
		}
		if (record && id != null) {
			this.history.record(id, "AGREEMENT", id, field, oldValue, newValue);
		}
		setter.accept(newValue);
	}

	private <T> void setC(boolean record, JointBuildingAgreement a, @Nullable Long commitmentId, String field,
			@Nullable T oldValue, @Nullable T newValue, java.util.function.Consumer<@Nullable T> setter) {
		if (Objects.equals(oldValue, newValue)
				|| (oldValue instanceof BigDecimal o && newValue instanceof BigDecimal n && o.compareTo(n) == 0)) {
			return;
		}
		if (record) {
			this.history.record(Objects.requireNonNull(a.getId()), "COMMITMENT", commitmentId, field, oldValue,
					newValue);
		}
		setter.accept(newValue);
	}

	private void linkPairing(JointBuildingAgreement a) {
		if (a.getPairingId() != null) {
			return;
		}
		LocalDate today = LocalDate.now(this.clock);
		for (Long unitId : a.getUnitIds()) {
			List<Pairing> found = this.pairings.findActiveBetween(a.getCommunityOrgId(), unitId, null, today);
			if (!found.isEmpty()) {
				a.setPairingId(found.get(0).getId());
				return;
			}
		}
	}

	// ---------------------------------------------------------------- lifecycle

	@Transactional
	public void submit(Long id) {
		JointBuildingAgreement a = loadInScope(id);
		AgreementStatus before = a.getStatus();
		a.submit();
		this.history.record(id, "AGREEMENT", id, "status", before, a.getStatus());
	}

	@Transactional
	public void approve(Long id, LocalDate signedOn) {
		// the dashboard's red list is judged again on the next visit
		this.ragQueries.forgetRed();
		JointBuildingAgreement a = loadInScope(id);
		requireStaff();
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
	public void sendBack(Long id, String reason) {
		JointBuildingAgreement a = loadInScope(id);
		requireStaff();
		requireReason(reason);
		AgreementStatus before = a.getStatus();
		a.sendBack(reason.trim());
		this.history.record(id, "AGREEMENT", id, "status", before, a.getStatus());
		this.history.record(id, "AGREEMENT", id, "returnReason", null, reason.trim());
	}

	@Transactional
	public void terminate(Long id, String reason) {
		// the dashboard's red list is judged again on the next visit
		this.ragQueries.forgetRed();
		JointBuildingAgreement a = loadInScope(id);
		requireStaff();
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
	 * A renewal form: the old agreement's parties, areas and commitments, a new term that
	 * starts the day after the old one ends, linked to the old agreement.
	 * @param id the agreement to renew
	 * @return the pre-filled form
	 */
	@Transactional(readOnly = true)
	public AgreementForm renewalForm(Long id) {
		JointBuildingAgreement a = loadInScope(id);
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
	public Map<String, BigDecimal> termFigures(Long id) {
		JointBuildingAgreement a = loadInScope(id);
		Map<Long, BigDecimal> delivered = new HashMap<>();
		for (Object[] row : this.fulfilments.sumByCommitment(List.of(id), a.getTermStart(), a.getTermEnd())) {
			delivered.put((Long) row[0], (BigDecimal) row[1]);
		}
		Map<String, BigDecimal> result = new java.util.LinkedHashMap<>();
		a.getCommitments()
			.forEach((c) -> result.put(c.getDescription(), delivered.getOrDefault(c.getId(), BigDecimal.ZERO)));
		return result;
	}

	/**
	 * The daily job's work: agreements in force whose term has ended become expired.
	 * @param today the day
	 * @return how many expired
	 */
	@Transactional
	public int expireEnded(LocalDate today) {
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

	// ---------------------------------------------------------------- fulfilment

	@Transactional
	public Long logFulfilment(Long agreementId, FulfilmentForm form) {
		// the dashboard's red list is judged again on the next visit
		this.ragQueries.forgetRed();
		JointBuildingAgreement a = loadInScope(agreementId);
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
		return Objects.requireNonNull(f.getId());
	}

	// ---------------------------------------------------------------- dashboards

	/**
	 * Agreements in force that end within 60 days, in the current user's scope: how many,
	 * and the first few. Many agreements end on 31 December, so in November the full list
	 * runs to hundreds at dataset L; one projection statement counts them and reads the
	 * shown ones (number, title and end only).
	 * @param shown how many to return
	 * @return the count and the soonest {@code shown}
	 */
	@Transactional(readOnly = true)
	public EndingSoon endingSoon(int shown) {
		LocalDate today = LocalDate.now(this.clock);
		return this.reminders.ending(this.scopes.current(), today, today.plusDays(60), shown);
	}

	/**
	 * Agreements ending soon on a dashboard.
	 *
	 * @param count how many end within 60 days
	 * @param first the soonest of them
	 */
	public record EndingSoon(long count, List<EndingAgreement> first) {

	}

	/**
	 * An agreement ending soon on a dashboard.
	 *
	 * @param id the agreement
	 * @param number its number
	 * @param title its title
	 * @param termEnd the last day of its term
	 */
	public record EndingAgreement(Long id, String number, String title, LocalDate termEnd) {

	}

	/**
	 * Red commitments in the current user's scope (for a liaison: those their unit is
	 * responsible for), judged by the rule in SQL ({@link RagQueries}).
	 * @param shown how many of them to return
	 * @return how many there are and the first {@code shown}, in agreement order
	 */
	@Transactional(readOnly = true)
	public RedCommitments redCommitments(int shown) {
		return this.ragQueries.red(this.scopes.current(), LocalDate.now(this.clock), shown);
	}

	/**
	 * Red commitments on a dashboard.
	 *
	 * @param count how many there are
	 * @param first the first of them, in agreement order
	 */
	public record RedCommitments(long count, List<RedCommitment> first) {

	}

	/**
	 * A red commitment on a dashboard.
	 *
	 * @param agreementId its agreement
	 * @param number the agreement's number
	 * @param title the agreement's title
	 * @param commitmentId the commitment
	 * @param description what was promised
	 */
	public record RedCommitment(Long agreementId, String number, String title, Long commitmentId, String description) {

	}

	// ---------------------------------------------------------------- for the activity
	// module

	/**
	 * Commitments of agreements in force in the current user's scope, for the activity
	 * form.
	 * @return one choice per commitment, by agreement
	 */
	@Transactional(readOnly = true)
	public List<CommitmentChoice> commitmentChoices() {
		DataScope scope = this.scopes.current();
		List<JointBuildingAgreement> active = this.agreements
			.search(scope.isAll(), scope.organisationIdsForQuery(), scope.unitIdForQuery(), AgreementStatus.ACTIVE,
					null, null, null, null, null, null, "", true, List.of(-1L), PageRequest.of(0, 100_000))
			.getContent();
		if (active.isEmpty()) {
			return List.of();
		}
		List<CommitmentChoice> choices = new ArrayList<>();
		for (Commitment c : this.commitments
			.findByAgreementIds(active.stream().map(JointBuildingAgreement::getId).toList())) {
			JointBuildingAgreement a = Objects.requireNonNull(c.getAgreement());
			choices.add(new CommitmentChoice(Objects.requireNonNull(c.getId()),
					a.getNumber() + " · " + c.getDescription(), c.getTargetUnit(), Objects.requireNonNull(a.getId()),
					a.getNumber() + " " + a.getTitle(), c.getDescription()));
		}
		return choices;
	}

	/**
	 * A commitment an activity may count towards.
	 *
	 * @param id the commitment
	 * @param label agreement number and description
	 * @param targetUnit its target unit, if any
	 * @param agreementId its agreement
	 * @param agreement the agreement's number and title
	 * @param description what was promised
	 */
	public record CommitmentChoice(Long id, String label, @Nullable String targetUnit, Long agreementId,
			String agreement, String description) {

	}

}
