package org.lianjian.activity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.Decimals;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.agreement.AgreementService;
import org.lianjian.agreement.AttachmentService;
import org.lianjian.unit.UnitDirectory;
import org.lianjian.shared.web.PageView;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.StructureService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public API of activities. Every method checks the current user's scope: staff see
 * everything; a secretary the activities organised in their subtree; a liaison those
 * their unit is a partner of; and everybody signed in the public ones. Anything else is
 * answered as not found.
 */
@Service
public class ActivityService {

	/** Attachment owner type of activity photos. */
	public static final String PHOTO_OWNER = "ACTIVITY";

	/**
	 * The activity list counts its rows only this far (and ten pages past the one shown):
	 * ten years of a sub-district's activities are tens of thousands, and the list then
	 * says "more than 1,000" instead of paying for an exact count on every visit.
	 */
	static final int LIST_COUNT_CAP = 1000;

	private final ActivityRepository activities;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitDirectory units;

	private final AgreementService agreements;

	private final AttachmentService attachments;

	private final CalendarQueries calendar;

	private final ActivityListQueries listQueries;

	private final ActivityWrites writes;

	private final ActivityHistory history;

	private final Clock clock;

	ActivityService(ActivityRepository activities, ScopeService scopes, StructureService structure, UnitDirectory units,
			AgreementService agreements, AttachmentService attachments, CalendarQueries calendar,
			ActivityListQueries listQueries, ActivityWrites writes, ActivityHistory history, Clock clock) {
		this.activities = activities;
		this.listQueries = listQueries;
		this.calendar = calendar;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.agreements = agreements;
		this.attachments = attachments;
		this.writes = writes;
		this.history = history;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- calendar API

	/**
	 * Creates a planned activity for a festival, once per festival tag and year: calling
	 * it again for the same tag and year returns the existing activity.
	 * @param title the title
	 * @param type the kind
	 * @param festivalTag the festival code
	 * @param start start
	 * @param end end
	 * @param organiserOrgId organiser; null means the core (核心)
	 * @param publicFlag public or internal
	 * @return the activity's id
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public Long createPlanned(String title, ActivityType type, String festivalTag, LocalDateTime start,
			LocalDateTime end, @Nullable Long organiserOrgId, boolean publicFlag) {
		return this.writes.createPlanned(title, type, festivalTag, start, end, organiserOrgId, publicFlag);
	}

	/**
	 * The activities of a service project that the current user may see, newest first.
	 * @param projectId the project
	 * @return the activities
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> forProject(Long projectId) {
		return this.listQueries.visible(this.scopes.current(),
				(w) -> w.when("a.project_id = :project", "project", projectId), " order by a.start_at desc, a.id desc");
	}

	/**
	 * Planned activities visible to the current user that start between now and the end
	 * of a day, soonest first; only the first few are read, as one projection (id, title
	 * and start), without partners or organiser names.
	 * @param to the last day (inclusive)
	 * @param limit how many at most
	 * @return by start
	 */
	@Transactional(readOnly = true)
	public List<ActivityBrief> upcoming(LocalDate to, int limit) {
		return this.listQueries.upcoming(this.scopes.current(), LocalDateTime.now(this.clock),
				to.plusDays(1).atStartOfDay(), limit, null);
	}

	/**
	 * Planned activities of this year that a unit is a partner of, visible to the current
	 * user, that have not started yet, soonest first; only the first few are read, as one
	 * projection.
	 * @param unitId the unit
	 * @param limit how many at most
	 * @return by start
	 */
	@Transactional(readOnly = true)
	public List<ActivityBrief> upcomingWithUnit(Long unitId, int limit) {
		LocalDateTime now = LocalDateTime.now(this.clock);
		LocalDateTime yearEnd = LocalDate.of(now.getYear() + 1, 1, 1).atStartOfDay();
		return this.listQueries.upcoming(this.scopes.current(), now, yearEnd, limit, unitId);
	}

	/**
	 * Activities the current user may see (their scope plus public ones) that overlap a
	 * date range, all statuses.
	 * @param from first day
	 * @param to last day (inclusive)
	 * @param type only this kind, or null for all
	 * @return by start
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> inRange(LocalDate from, LocalDate to, @Nullable ActivityType type) {
		return inRange(from, to, type, this.scopes.current());
	}

	/**
	 * Like {@link #inRange(LocalDate, LocalDate, ActivityType)} for a given scope (for
	 * example a private calendar feed opened by token).
	 * @param from first day
	 * @param to last day (inclusive)
	 * @param type only this kind, or null for all
	 * @param scope whose view
	 * @return by start
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> inRange(LocalDate from, LocalDate to, @Nullable ActivityType type, DataScope scope) {
		return this.listQueries.visible(scope,
				(w) -> w.when("a.type = :type", "type", type)
					.when("a.start_at < :to", "to", to.plusDays(1).atStartOfDay())
					.when("a.end_at >= :from", "from", from.atStartOfDay()),
				" order by a.start_at, a.id");
	}

	/**
	 * A month of the calendar as the current user may see it: each day with its first
	 * {@value CalendarMonth#PER_DAY} activities and its total.
	 * @param month the month
	 * @param type only this kind, or null for all
	 * @param today today, to mark it
	 * @return the month
	 */
	@Transactional(readOnly = true)
	public CalendarMonth calendarMonth(YearMonth month, @Nullable ActivityType type, LocalDate today) {
		var entries = this.calendar.firstOfEachDay(month.atDay(1), month.atEndOfMonth().plusDays(1), type,
				this.scopes.current(), CalendarMonth.PER_DAY);
		return CalendarMonth.of(month, type, entries, today);
	}

	/**
	 * The activities starting on a day that the current user may see, by start time.
	 * @param day the day
	 * @param type only this kind, or null for all
	 * @return by start
	 */
	@Transactional(readOnly = true)
	public List<CalendarEntry> calendarDay(LocalDate day, @Nullable ActivityType type) {
		return this.calendar.all(day, day.plusDays(1), type, this.scopes.current());
	}

	/**
	 * Public activities (not cancelled) that overlap a date range, for public pages and
	 * the public feed.
	 * @param from first day
	 * @param to last day (inclusive)
	 * @param type only this kind, or null for all
	 * @return by start
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> publicInRange(LocalDate from, LocalDate to, @Nullable ActivityType type) {
		return views(this.activities.findPublicInRange(from.atStartOfDay(), to.plusDays(1).atStartOfDay(), type));
	}

	// ---------------------------------------------------------------- reading

	@Transactional(readOnly = true)
	public PageView<ActivityView> search(ActivityFilter filter) {
		ActivityListQueries.Result result = this.listQueries.page(this.scopes.current(), filter, LIST_COUNT_CAP);
		return PageView.counted(result.rows(), filter.pageNumber(), filter.pageSize(), result.total(), result.more());
	}

	/**
	 * Every activity matching the filter (for the export), earliest first, at most
	 * 100,000, handed to the sink as they are read.
	 * @param filter the filter (its page is ignored)
	 * @param sink takes each row, in order
	 */
	@Transactional(readOnly = true)
	public void exportRows(ActivityFilter filter, java.util.function.Consumer<? super ActivityView> sink) {
		this.listQueries.all(this.scopes.current(), filter, 100_000, sink);
	}

	@Transactional(readOnly = true)
	public ActivityDetail detail(Long id) {
		DataScope scope = this.scopes.current();
		Activity a = this.writes.loadVisible(id, scope);
		Set<Long> unitIds = new LinkedHashSet<>(a.getPartnerUnitIds());
		a.getUnitHours().forEach((h) -> unitIds.add(h.getUnitId()));
		a.getVolunteers().stream().map(NamedVolunteer::getUnitId).filter(Objects::nonNull).forEach(unitIds::add);
		Map<Long, String> unitNames = unitIds.isEmpty() ? Map.of() : this.units.names(unitIds);
		Map<Long, String> commitmentLabels = new HashMap<>();
		if (!a.getCommitmentIds().isEmpty()) {
			this.agreements.commitmentChoices()
				.stream()
				.filter((c) -> a.getCommitmentIds().contains(c.id()))
				.forEach((c) -> commitmentLabels.put(c.id(), c.label()));
		}
		return new ActivityDetail(Objects.requireNonNull(a.getId()), a.getVersion(), a.getTitle(), a.getType(),
				a.getFestivalTag(), a.getFestivalYear(), a.getStartAt(), a.getEndAt(), a.getPositionId(),
				a.getVenueText(), a.getOrganiserOrgId(),
				this.structure.name(a.getOrganiserOrgId()).orElse("#" + a.getOrganiserOrgId()),
				ActivityDetail.Ref.of(a.getPartnerUnitIds(), unitNames, this.units.openable(a.getPartnerUnitIds())),
				a.getProjectId(), ActivityDetail.Ref.of(a.getCommitmentIds(), commitmentLabels, Set.of()),
				a.getStatus(), a.isPublicFlag(), a.getResidentsServed(), a.getSummary(),
				a.getUnitHours()
					.stream()
					.map((h) -> new ActivityDetail.HoursView(h.getUnitId(),
							unitNames.getOrDefault(h.getUnitId(), "#" + h.getUnitId()), h.getVolunteers(),
							h.getHours()))
					.toList(),
				a.getVolunteers()
					.stream()
					.map((v) -> new ActivityDetail.VolunteerView(v.getName(),
							v.getUnitId() == null ? null : unitNames.get(v.getUnitId()), v.getHours()))
					.toList(),
				List.copyOf(a.getPhotoIds()), a.totalVolunteers(), a.totalHours(),
				ActivityAccess.rights(a, scope, LocalDate.now(this.clock)), ActivityAccess.hoursUnit(scope),
				this.history.of(id));
	}

	@Transactional(readOnly = true)
	public ActivityForm form(Long id) {
		Activity a = this.writes.loadOrganised(id, this.scopes.current());
		return new ActivityForm(a.getTitle(), a.getType(), a.getFestivalTag(), a.getStartAt(), a.getEndAt(),
				a.getPositionId(), a.getVenueText(), a.getOrganiserOrgId(), new ArrayList<>(a.getPartnerUnitIds()),
				a.getProjectId(), new ArrayList<>(a.getCommitmentIds()), a.isPublicFlag(), a.getVersion());
	}

	/**
	 * The "held" form: for an organiser every partner unit's row; for a partner liaison
	 * who does not organise the activity (once it is held) their own unit's row only. A
	 * liaison's form lists only their own unit's named volunteers.
	 * @param id the activity
	 * @return the form
	 */
	@Transactional(readOnly = true)
	public HeldForm heldForm(Long id) {
		DataScope scope = this.scopes.current();
		Activity a = this.writes.loadVisible(id, scope);
		boolean organise = ActivityAccess.organises(a, scope);
		if (!organise && !(ActivityAccess.isPartner(a, scope) && a.getStatus() == ActivityStatus.HELD)) {
			throw new AccessDeniedException("activity " + id);
		}
		if (a.getStatus() == ActivityStatus.CANCELLED) {
			throw new RuleViolationException(null, "activity.held.cancelled");
		}
		Long own = ActivityAccess.hoursUnit(scope);
		List<Long> shown = organise ? List.copyOf(a.getPartnerUnitIds()) : List.of(Objects.requireNonNull(own));
		if (a.getStatus() != ActivityStatus.HELD) {
			return HeldForm.empty(shown, a.getVersion());
		}
		List<HeldForm.UnitRow> rows = new ArrayList<>();
		for (Long unit : shown) {
			UnitHours h = a.hoursOf(unit);
			rows.add(new HeldForm.UnitRow(unit, h == null ? 0 : h.getVolunteers(),
					h == null ? BigDecimal.ZERO : Decimals.normalised(h.getHours())));
		}
		List<HeldForm.VolunteerRow> vols = new ArrayList<>();
		a.getVolunteers()
			.stream()
			.filter((v) -> own == null || own.equals(v.getUnitId()))
			.forEach((v) -> vols
				.add(new HeldForm.VolunteerRow(v.getName(), v.getUnitId(), Decimals.normalised(v.getHours()))));
		vols.add(new HeldForm.VolunteerRow("", null, null));
		return new HeldForm(a.getResidentsServed(), a.getSummary(), rows, vols, a.getVersion());
	}

	/**
	 * Whether the current user may create activities at all (every role may, in scope).
	 */
	public boolean canCreate() {
		DataScope scope = this.scopes.current();
		return scope.isAll() || scope.isSecretary() || (scope.isLiaison() && scope.unitId() != null);
	}

	/**
	 * A unit's activities this year that the current user may see (the condition of the
	 * list and the calendar), and the unit's volunteer hours, for the unit page tab. The
	 * caller checks that the unit is in scope.
	 * @param unitId the unit
	 * @return this year's activities and totals
	 */
	@Transactional(readOnly = true)
	public UnitActivities forUnitThisYear(Long unitId) {
		int year = LocalDate.now(this.clock).getYear();
		LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
		LocalDateTime to = from.plusYears(1);
		DataScope scope = this.scopes.current();
		List<ActivityView> list = this.listQueries.visible(scope, (w) -> w
			.when("exists (select 1 from activity_partner pu where pu.activity_id = a.id and pu.unit_id = :partner)",
					"partner", unitId)
			.when("a.start_at >= :from", "from", from)
			.when("a.start_at < :to", "to", to), " order by a.start_at desc, a.id desc");
		Long vols = this.activities.volunteersOf(unitId, from, to);
		return new UnitActivities(year, list, this.activities.hoursOf(unitId, from, to), vols == null ? 0 : vols);
	}

	/**
	 * A photo of an activity the current user may see.
	 * @param id the activity
	 * @param attachmentId the photo
	 * @return the file
	 */
	@Transactional(readOnly = true)
	public AttachmentService.StoredFile photo(Long id, Long attachmentId) {
		Activity a = this.writes.loadVisible(id, this.scopes.current());
		if (!a.getPhotoIds().contains(attachmentId)) {
			throw ActivityNotFoundException.forId(id);
		}
		return this.attachments.load(attachmentId);
	}

	// ---------------------------------------------------------------- writing

	@Transactional
	public Long create(ActivityForm form) {
		return this.writes.create(form, canCreate());
	}

	@Transactional
	public void update(Long id, ActivityForm form) {
		this.writes.update(id, form);
	}

	/**
	 * Records that an activity took place, with its figures, and counts it towards its
	 * commitments. Calling it again on a held activity corrects the figures; a partner
	 * liaison who does not organise it records only their own unit's hours this way.
	 * @param id the activity
	 * @param form residents served, summary, volunteers and hours
	 * @param photos photos as name and bytes
	 */
	@Transactional
	public void markHeld(Long id, HeldForm form, List<Photo> photos) {
		this.writes.markHeld(id, form, photos);
	}

	/**
	 * Takes a held or cancelled activity back to planned; a held one stops counting
	 * towards its commitments.
	 * @param id the activity
	 * @param version the version the page was rendered with
	 */
	@Transactional
	public void reopen(Long id, long version) {
		this.writes.changeStatus(id, version, ActivityStatus.PLANNED);
	}

	/**
	 * Cancels an activity; a held one stops counting towards its commitments.
	 * @param id the activity
	 * @param version the version the page was rendered with
	 */
	@Transactional
	public void cancel(Long id, long version) {
		this.writes.changeStatus(id, version, ActivityStatus.CANCELLED);
	}

	// ---------------------------------------------------------------- helpers

	private List<ActivityView> views(List<Activity> list) {
		return rowViews(list.stream().map(ActivityRow::of).toList());
	}

	private List<ActivityView> rowViews(List<ActivityRow> list) {
		if (list.isEmpty()) {
			return List.of();
		}
		List<Long> ids = list.stream().map(ActivityRow::id).toList();
		Map<Long, List<Long>> partners = new HashMap<>();
		Set<Long> unitIds = new LinkedHashSet<>();
		for (Object[] row : this.activities.partnersOf(ids)) {
			partners.computeIfAbsent((Long) row[0], (k) -> new ArrayList<>()).add((Long) row[1]);
			unitIds.add((Long) row[1]);
		}
		Map<Long, String> unitNames = unitIds.isEmpty() ? Map.of() : this.units.names(unitIds);
		Map<Long, String> orgNames = this.structure
			.names(list.stream().map(ActivityRow::organiserOrgId).collect(java.util.stream.Collectors.toSet()));
		return list.stream()
			.map((a) -> new ActivityView(a.id(), a.title(), a.type(), a.festivalTag(), a.festivalYear(), a.start(),
					a.end(), a.positionId(), a.venue(), a.organiserOrgId(),
					orgNames.getOrDefault(a.organiserOrgId(), "#" + a.organiserOrgId()), a.status(), a.publicFlag(),
					partners.getOrDefault(a.id(), List.of())
						.stream()
						.map((u) -> unitNames.getOrDefault(u, "#" + u))
						.sorted()
						.toList()))
			.toList();
	}

	/**
	 * An uploaded photo.
	 *
	 * @param name the file name
	 * @param bytes the content
	 */
	public record Photo(@Nullable String name, byte[] bytes) {

	}

}
