package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.NotFoundException;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Pairings (结对): the lighter relation between an organisation and a resident unit, or
 * between two organisations (branch with branch).
 *
 * <p>
 * Who may do what:
 * <ul>
 * <li>staff and admins create and end any pairing;</li>
 * <li>a secretary creates and ends pairings in which one side is an organisation of their
 * subtree;</li>
 * <li>a liaison only reads the pairings of their own unit.</li>
 * </ul>
 * A pairing someone may not see answers 404; one they may see but not change, 403.
 *
 * <p>
 * Creating a pairing links the existing agreements between the same organisation and unit
 * that have no pairing yet and whose term overlaps the pairing's period (drafts saved
 * later are linked by {@link AgreementDrafts} itself).
 */
@Service
public class PairingService {

	private static final Logger log = LoggerFactory.getLogger(PairingService.class);

	private final PairingRepository pairings;

	private final AgreementRepository agreements;

	private final AgreementHistory history;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	private final Clock clock;

	private final AgreementListQueries listQueries;

	PairingService(PairingRepository pairings, AgreementRepository agreements, AgreementHistory history,
			ScopeService scopes, StructureService structure, UnitService units, Clock clock,
			AgreementListQueries listQueries) {
		this.listQueries = listQueries;
		this.pairings = pairings;
		this.agreements = agreements;
		this.history = history;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- reading

	/**
	 * The pairings an organisation takes part in (on either side), that the current user
	 * may see.
	 * @param organisationId the organisation
	 * @return newest first
	 */
	@Transactional(readOnly = true)
	public List<AgreementViews.PairingView> forOrganisation(Long organisationId) {
		DataScope scope = this.scopes.current();
		return views(
				this.pairings.findByOrganisation(organisationId).stream().filter((p) -> visible(scope, p)).toList());
	}

	/**
	 * The pairings of a resident unit, when the current user may see the unit; otherwise
	 * none.
	 * @param unitId the unit
	 * @return newest first
	 */
	@Transactional(readOnly = true)
	public List<AgreementViews.PairingView> forUnit(Long unitId) {
		DataScope scope = this.scopes.current();
		List<Pairing> found = this.pairings.findByUnitIdOrderByStartDateDesc(unitId);
		if (found.isEmpty() || scope.isAll() || (scope.isLiaison() && unitId.equals(scope.unitId()))) {
			return views(found);
		}
		if (scope.isLiaison()) {
			return List.of();
		}
		if (unitVisible(unitId)) {
			return views(found);
		}
		return views(found.stream().filter((p) -> visible(scope, p)).toList());
	}

	/**
	 * One pairing the current user may see.
	 * @param id the pairing
	 * @return the pairing
	 * @throws NotFoundException when it does not exist or lies outside the scope
	 */
	@Transactional(readOnly = true)
	public AgreementViews.PairingView detail(Long id) {
		return views(List.of(loadInScope(id))).get(0);
	}

	/**
	 * Whether the current user may create pairings at all (staff, admins, secretaries).
	 * @return true when the create form may be offered
	 */
	public boolean canCreate() {
		DataScope scope = this.scopes.current();
		return scope.isStaff() || (scope.isSecretary() && !scope.organisationIds().isEmpty());
	}

	/**
	 * Whether the current user may end this pairing.
	 * @param pairing the pairing as shown
	 * @return true for staff, and for a secretary of one of its organisations
	 */
	public boolean canManage(AgreementViews.PairingView pairing) {
		return manages(this.scopes.current(), pairing.organisationId(), pairing.partnerOrgId());
	}

	private static boolean manages(DataScope scope, @Nullable Long organisationId, @Nullable Long partnerOrgId) {
		return scope.isStaff()
				|| (scope.isSecretary() && ((organisationId != null && scope.organisationIds().contains(organisationId))
						|| (partnerOrgId != null && scope.organisationIds().contains(partnerOrgId))));
	}

	private static boolean visible(DataScope scope, Pairing p) {
		if (scope.isAll()) {
			return true;
		}
		if (scope.isLiaison()) {
			return p.getUnitId() != null && p.getUnitId().equals(scope.unitId());
		}
		return manages(scope, p.getOrganisationId(), p.getPartnerOrgId());
	}

	private boolean unitVisible(Long unitId) {
		try {
			this.units.detail(unitId);
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	Pairing loadInScope(Long id) {
		Pairing p = this.pairings.findById(id).orElseThrow(() -> new NotFoundException("pairing " + id));
		DataScope scope = this.scopes.current();
		if (!visible(scope, p) && !(scope.isSecretary() && p.getUnitId() != null && unitVisible(p.getUnitId()))) {
			throw new NotFoundException("pairing " + id);
		}
		return p;
	}

	/** The views of a list of pairings, with all names read in two queries. */
	private List<AgreementViews.PairingView> views(List<Pairing> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		Set<Long> orgIds = new HashSet<>();
		Set<Long> unitIds = new HashSet<>();
		for (Pairing p : list) {
			orgIds.add(p.getOrganisationId());
			if (p.getPartnerOrgId() != null) {
				orgIds.add(p.getPartnerOrgId());
			}
			if (p.getUnitId() != null) {
				unitIds.add(p.getUnitId());
			}
		}
		Map<Long, String> orgNames = this.structure.names(orgIds);
		Map<Long, String> unitNames = this.units.names(unitIds);
		return list.stream()
			.map((p) -> new AgreementViews.PairingView(p.getId(), p.getVersion(), p.getOrganisationId(),
					orgNames.getOrDefault(p.getOrganisationId(), ""), p.getUnitId(), p.getPartnerOrgId(),
					p.getUnitId() != null ? unitNames.getOrDefault(p.getUnitId(), "")
							: orgNames.getOrDefault(p.getPartnerOrgId(), ""),
					p.getStartDate(), p.getEndDate(), p.getNote()))
			.toList();
	}

	// ---------------------------------------------------------------- writing

	/**
	 * Creates a pairing, and links the agreements between the same parties that have none
	 * yet.
	 * @param form the pairing
	 * @return its id
	 * @throws RuleViolationException when the parties are wrong or already paired
	 */
	@Transactional
	public Long create(PairingForm form) {
		DataScope scope = this.scopes.current();
		if (!canCreate()) {
			throw new AccessDeniedException("pairings: staff or secretary only");
		}
		Long org = Objects.requireNonNull(form.organisationId());
		Long unit = form.unitId();
		Long partner = form.partnerOrgId();
		LocalDate start = Objects.requireNonNull(form.startDate());
		if ((unit == null) == (partner == null)) {
			throw new RuleViolationException("unitId", "pairings.partner.exactlyOne");
		}
		if (this.structure.name(org).isEmpty()) {
			throw new RuleViolationException("organisationId", "pairings.org.unknown");
		}
		if (unit != null && this.units.name(unit).isEmpty()) {
			throw new RuleViolationException("unitId", "pairings.unit.unknown");
		}
		if (partner != null && this.structure.name(partner).isEmpty()) {
			throw new RuleViolationException("partnerOrgId", "pairings.org.unknown");
		}
		if (org.equals(partner)) {
			throw new RuleViolationException("partnerOrgId", "pairings.partner.self");
		}
		if (!manages(scope, org, partner)) {
			throw new RuleViolationException("organisationId", "pairings.org.outOfScope");
		}
		if (form.endDate() != null && form.endDate().isBefore(start)) {
			throw new RuleViolationException("endDate", "pairings.dates.order");
		}
		for (Pairing other : between(org, unit, partner)) {
			if (overlaps(other.getStartDate(), other.getEndDate(), start, form.endDate())) {
				throw new RuleViolationException(null, "pairings.duplicate", other.getStartDate());
			}
		}
		Pairing p = new Pairing();
		p.setOrganisationId(org);
		p.setUnitId(unit);
		p.setPartnerOrgId(partner);
		p.setStartDate(start);
		p.setEndDate(form.endDate());
		p.setNote(StringUtils.hasText(form.note()) ? form.note().trim() : null);
		this.pairings.saveAndFlush(p);
		Long id = Objects.requireNonNull(p.getId());
		if (unit != null) {
			linkAgreements(id, org, unit, start, form.endDate());
		}
		log.info("pairing {} created: organisation {} with {} {}", id, org, unit != null ? "unit" : "organisation",
				unit != null ? unit : partner);
		return id;
	}

	/**
	 * Ends a pairing on the given day (today when null).
	 * @param id the pairing
	 * @param on its last day
	 */
	@Transactional
	public void end(Long id, @Nullable LocalDate on) {
		Pairing p = loadInScope(id);
		if (!manages(this.scopes.current(), p.getOrganisationId(), p.getPartnerOrgId())) {
			throw new AccessDeniedException("pairings: staff or secretary only");
		}
		LocalDate day = on == null ? LocalDate.now(this.clock) : on;
		if (p.getEndDate() != null && !p.getEndDate().isAfter(day)) {
			throw new RuleViolationException(null, "pairings.alreadyEnded", p.getEndDate());
		}
		if (day.isBefore(p.getStartDate())) {
			throw new RuleViolationException("endDate", "pairings.dates.order");
		}
		p.setEndDate(day);
		this.pairings.flush();
	}

	/** The pairings between the same two parties, in either direction. */
	private List<Pairing> between(Long org, @Nullable Long unit, @Nullable Long partner) {
		if (unit != null) {
			return this.pairings.findByUnitIdOrderByStartDateDesc(unit)
				.stream()
				.filter((p) -> org.equals(p.getOrganisationId()))
				.toList();
		}
		return this.pairings.findByOrganisation(org)
			.stream()
			.filter((p) -> p.getUnitId() == null
					&& ((org.equals(p.getOrganisationId()) && Objects.equals(partner, p.getPartnerOrgId()))
							|| (Objects.equals(partner, p.getOrganisationId()) && org.equals(p.getPartnerOrgId()))))
			.toList();
	}

	static boolean overlaps(LocalDate aStart, @Nullable LocalDate aEnd, LocalDate bStart, @Nullable LocalDate bEnd) {
		return (aEnd == null || !aEnd.isBefore(bStart)) && (bEnd == null || !bEnd.isBefore(aStart));
	}

	/**
	 * Links the agreements between an organisation and a unit that have no pairing yet
	 * and whose term overlaps the pairing's period. Recorded in each agreement's history.
	 */
	private void linkAgreements(Long pairingId, Long org, Long unit, LocalDate start, @Nullable LocalDate end) {
		AgreementFilter between = new AgreementFilter(null, null, null, null, unit, org, null, null, null);
		// plain SQL: what this transaction wrote is flushed first, as a JPQL query would
		this.agreements.flush();
		Collection<JointBuildingAgreement> candidates = this.agreements
			.findAllById(this.listQueries.ids(DataScope.SYSTEM, between, Integer.MAX_VALUE));
		for (JointBuildingAgreement a : candidates) {
			if (a.getPairingId() == null && overlaps(a.getTermStart(), a.getTermEnd(), start, end)) {
				a.setPairingId(pairingId);
				this.history.record(a.getId(), "AGREEMENT", a.getId(), "pairingId", null, pairingId);
			}
		}
		this.agreements.flush();
	}

}
