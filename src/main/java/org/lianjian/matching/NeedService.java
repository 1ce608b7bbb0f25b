package org.lianjian.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.project.ProjectService;
import org.lianjian.project.ProjectViews;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.NotFoundException;
import org.lianjian.shared.web.PageView;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.OrganisationOption;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The need list (需求清单): secretaries raise needs for their area, staff for any area,
 * liaisons for their own unit (the community serves the unit). Every method checks the
 * current user's scope.
 */
@Service
public class NeedService {

	private final NeedRepository needs;

	private final NeedChangeRepository changes;

	private final NeedQueries queries;

	private final OrderQueries orders;

	private final CategoryService categories;

	private final ProjectService projects;

	private final MatchingAccess access;

	private final MatchingNames names;

	private final Clock clock;

	NeedService(NeedRepository needs, NeedChangeRepository changes, NeedQueries queries, OrderQueries orders,
			CategoryService categories, ProjectService projects, MatchingAccess access, MatchingNames names,
			Clock clock) {
		this.needs = needs;
		this.changes = changes;
		this.queries = queries;
		this.orders = orders;
		this.categories = categories;
		this.projects = projects;
		this.access = access;
		this.names = names;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	PageView<MatchingViews.NeedRow> search(MatchingFilters.NeedFilter filter) {
		return this.queries.page(this.access.scope(), filter, LocalDate.now(this.clock));
	}

	/** The period the list is filtered to, or null. */
	@Nullable DeficitPeriod period(MatchingFilters.NeedFilter filter) {
		return filter.period(LocalDate.now(this.clock));
	}

	/**
	 * Whether the current user may mark needs beyond the sub-district's capacity (staff).
	 */
	boolean mayEscalate() {
		return this.access.scope().isStaff();
	}

	/** Whether the current user may raise needs. */
	public boolean canCreate() {
		DataScope scope = this.access.scope();
		return scope.isStaff() || (scope.isSecretary() && !scope.organisationIds().isEmpty())
				|| (scope.isLiaison() && scope.unitId() != null);
	}

	/** The residential areas the current user may raise a need for. */
	List<OrganisationOption> areaOptions() {
		return this.access.areaOptions();
	}

	/** The projects the current user may link a need to. */
	List<ProjectViews.Ref> projectOptions() {
		return this.projects.options();
	}

	/** An empty form, its area preset for a secretary of one area. */
	NeedForm emptyForm() {
		List<OrganisationOption> areas = this.access.areaOptions();
		return NeedForm.empty(areas.size() == 1 ? areas.get(0).id() : null);
	}

	@Transactional
	public Long create(NeedForm form) {
		DataScope scope = this.access.scope();
		Need need;
		if (scope.isStaff()) {
			need = new Need(RaisedBy.STAFF, null, null, this.access.username());
		}
		else if (scope.isSecretary() && !scope.organisationIds().isEmpty()) {
			need = new Need(RaisedBy.ORGANISATION, this.access.ownOrganisation(), null, this.access.username());
		}
		else if (scope.isLiaison() && scope.unitId() != null) {
			need = new Need(RaisedBy.UNIT, null, scope.unitId(), this.access.username());
		}
		else {
			throw new AccessDeniedException("may not raise needs");
		}
		check(form, scope, null);
		need.edit(form.details());
		Need saved = this.needs.save(need);
		Long id = Objects.requireNonNull(saved.getId());
		this.changes.save(new NeedChange(id, this.access.username(), null, NeedStatus.OPEN, HistoryNote.NONE));
		return id;
	}

	@Transactional
	public void update(Long id, NeedForm form) {
		DataScope scope = this.access.scope();
		Need need = load(id, scope);
		if (!MatchingAccess.edits(scope, need)) {
			throw new AccessDeniedException("need " + id);
		}
		if (!need.getStatus().isOpen()) {
			throw new RuleViolationException(null, "matching.need.closed");
		}
		long version = (form.version() != null) ? form.version() : -1;
		need.checkVersion(version);
		check(form, scope, need);
		need.edit(form.details());
		try {
			this.needs.saveAndFlush(need);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleEditException(version, ex);
		}
	}

	@Transactional(readOnly = true)
	NeedForm form(Long id) {
		DataScope scope = this.access.scope();
		Need n = load(id, scope);
		if (!MatchingAccess.edits(scope, n)) {
			throw new AccessDeniedException("need " + id);
		}
		return new NeedForm(n.getTitle(), n.getDescription(), n.getCategoryId(), n.getAreaId(), n.getGridCell(),
				n.getPeopleServed(), n.getQuantity().stripTrailingZeros(), n.getMeasure(), n.getWantedBy(),
				n.getUrgency(), n.getProjectId(), n.getVersion());
	}

	/**
	 * Closes an open need by hand: met, or not met with a reason.
	 * @param id the need
	 * @param met whether it was met
	 * @param reason why it closes unmet
	 * @param version the version the page showed
	 */
	@Transactional
	public void close(Long id, boolean met, @Nullable String reason, long version) {
		DataScope scope = this.access.scope();
		Need need = load(id, scope);
		if (!MatchingAccess.edits(scope, need)) {
			throw new AccessDeniedException("need " + id);
		}
		need.checkVersion(version);
		if (!need.getStatus().isOpen()) {
			throw new RuleViolationException(null, "matching.need.closed");
		}
		if (!met && (reason == null || reason.isBlank())) {
			throw new RuleViolationException("reason", "validation.required");
		}
		NeedStatus from = need.getStatus();
		need.close(met, NeedForm.blankToNull(reason), LocalDate.now(this.clock));
		this.changes
			.save(new NeedChange(id, this.access.username(), from, need.getStatus(), HistoryNote.reason(reason)));
	}

	/**
	 * Marks a need as beyond what the sub-district can supply (超出供给能力), or withdraws the
	 * mark (reason null). Staff only.
	 * @param id the need
	 * @param reason why, or null
	 * @param version the version the page showed
	 */
	@Transactional
	public void escalate(Long id, @Nullable String reason, long version) {
		this.access.requireStaff();
		Need need = load(id, this.access.scope());
		need.checkVersion(version);
		if (reason != null && !need.getStatus().isOpen()) {
			throw new RuleViolationException(null, "matching.need.closed");
		}
		need.escalate(reason, LocalDate.now(this.clock));
		this.changes.save(new NeedChange(id, this.access.username(), need.getStatus(), need.getStatus(),
				(reason != null) ? HistoryNote.of("matching.history.beyondCapacity").with(reason)
						: HistoryNote.of("matching.history.beyondCapacityWithdrawn")));
	}

	@Transactional(readOnly = true)
	MatchingViews.NeedDetail detail(Long id) {
		DataScope scope = this.access.scope();
		Need n = load(id, scope);
		LocalDate today = LocalDate.now(this.clock);
		boolean edits = MatchingAccess.edits(scope, n) && n.getStatus().isOpen();
		MatchingViews.NeedRights rights = new MatchingViews.NeedRights(edits, edits,
				scope.isStaff() && n.getStatus().isOpen(),
				n.getStatus().isOpen() && (scope.isStaff() || scope.isSecretary()), MatchingAccess.edits(scope, n));
		String raisedBy = switch (n.getRaisedByKind()) {
			case UNIT -> this.names.unit(n.getRaisedByUnitId());
			case ORGANISATION -> this.names.organisation(n.getRaisedByOrgId());
			case STAFF -> null;
		};
		return new MatchingViews.NeedDetail(id, n.getVersion(), n.getTitle(), n.getDescription(),
				this.categories.name(n.getCategoryId()), n.getAreaId(),
				Objects.requireNonNullElse(this.names.organisation(n.getAreaId()), "#" + n.getAreaId()),
				n.getGridCell(), n.getRaisedByKind(), raisedBy, n.getDirection(), n.getPeopleServed(), n.getQuantity(),
				n.getMeasure(), n.getWantedBy(), n.getUrgency(), n.getStatus(), n.getCloseReason(), n.getClosedOn(),
				project(n.getProjectId()), n.isBeyondCapacity(), n.getBeyondCapacityReason(), n.getBeyondCapacityOn(),
				n.getCreatedBy(), this.orders.ofNeed(id, today),
				this.changes.findByNeedIdOrderByChangedAtAscIdAsc(id)
					.stream()
					.map((c) -> c.view(this.clock.getZone()))
					.toList(),
				rights);
	}

	private MatchingViews.@Nullable Option project(@Nullable Long projectId) {
		if (projectId == null) {
			return null;
		}
		try {
			return new MatchingViews.Option(projectId, this.projects.detail(projectId).name());
		}
		catch (NotFoundException ex) {
			return new MatchingViews.Option(projectId, "#" + projectId);
		}
	}

	Need load(Long id, DataScope scope) {
		Need need = this.needs.findById(id).orElseThrow(() -> MatchingNotFoundException.need(id));
		if (!MatchingAccess.sees(scope, need)) {
			throw MatchingNotFoundException.need(id);
		}
		return need;
	}

	private void check(NeedForm form, DataScope scope, @Nullable Need need) {
		if (form.categoryId() != null && !this.categories.choosable(form.categoryId())
				&& (need == null || !form.categoryId().equals(need.getCategoryId()))) {
			throw new RuleViolationException("categoryId", "validation.option.invalid");
		}
		List<OrganisationOption> areas = scope.isLiaison() ? this.access.allAreas() : this.access.areaOptions();
		if (areas.stream().noneMatch((a) -> a.id().equals(form.areaId()))) {
			throw new RuleViolationException("areaId", "validation.option.invalid");
		}
		if (form.projectId() != null && (need == null || !form.projectId().equals(need.getProjectId()))
				&& this.projects.options().stream().noneMatch((p) -> p.id().equals(form.projectId()))) {
			throw new RuleViolationException("projectId", "validation.option.invalid");
		}
	}

}
