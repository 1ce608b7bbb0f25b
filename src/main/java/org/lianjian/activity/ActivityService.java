package org.lianjian.activity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.agreement.AgreementService;
import org.lianjian.agreement.AttachmentService;
import org.lianjian.shared.security.UnitDirectory;
import org.lianjian.shared.web.PageView;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.OrganisationOption;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;

import org.springframework.data.domain.PageRequest;
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

	ActivityService(ActivityRepository activities, ScopeService scopes, StructureService structure, UnitDirectory units,
			AgreementService agreements, AttachmentService attachments, CalendarQueries calendar,
			ActivityListQueries listQueries) {
		this.activities = activities;
		this.listQueries = listQueries;
		this.calendar = calendar;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.agreements = agreements;
		this.attachments = attachments;
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
		var existing = this.activities.findByFestivalTagAndFestivalYear(festivalTag, start.getYear());
		if (existing.isPresent()) {
			return Objects.requireNonNull(existing.get().getId());
		}
		Long organiser = organiserOrgId != null ? organiserOrgId : this.structure.holderOf(StructureRole.CORE)
			.orElseThrow(() -> new RuleViolationException("organiserOrgId", "activity.organiser.invalid"));
		Activity a = new Activity();
		a.setTitle(title);
		a.setType(type);
		a.setFestivalTag(festivalTag);
		a.setFestivalYear(start.getYear());
		a.setStartAt(start);
		a.setEndAt(end.isBefore(start) ? start : end);
		a.setOrganiserOrgId(organiser);
		a.setPublicFlag(publicFlag);
		a.setCreatedBy(username());
		this.activities.saveAndFlush(a);
		return Objects.requireNonNull(a.getId());
	}

	/**
	 * Activities the current user may see (their scope plus public ones) that overlap a
	 * date range, all statuses.
	 * @param from first day
	 * @param to last day (inclusive)
	 * @param type only this kind, or null for all
	 * @return by start
	 */
	/**
	 * The activities of a service project that the current user may see, newest first.
	 * @param projectId the project
	 * @return the activities
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> forProject(Long projectId) {
		DataScope scope = this.scopes.current();
		return views(this.activities.findVisibleByProject(scope.isAll(), scope.organisationIdsForQuery(),
				scope.unitIdForQuery(), projectId));
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
		DataScope scope = this.scopes.current();
		return this.activities.findUpcoming(scope.isAll(), scope.organisationIdsForQuery(), scope.unitIdForQuery(),
				LocalDateTime.now(), to.plusDays(1).atStartOfDay(), PageRequest.of(0, limit));
	}

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
		List<Activity> list = this.activities.findVisibleInRange(scope.isAll(), scope.organisationIdsForQuery(),
				scope.unitIdForQuery(), from.atStartOfDay(), to.plusDays(1).atStartOfDay(), type);
		return views(list);
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
	 * 100,000.
	 * @param filter the filter (its page is ignored)
	 * @return the rows
	 */
	@Transactional(readOnly = true)
	public List<ActivityView> exportRows(ActivityFilter filter) {
		return this.listQueries.all(this.scopes.current(), filter, 100_000);
	}

	@Transactional(readOnly = true)
	public ActivityDetail detail(Long id) {
		DataScope scope = this.scopes.current();
		Activity a = loadVisible(id, scope);
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
				a.getPartnerUnitIds()
					.stream()
					.map((u) -> new ActivityDetail.Ref(u, unitNames.getOrDefault(u, "#" + u)))
					.toList(),
				a.getProjectId(),
				a.getCommitmentIds()
					.stream()
					.map((c) -> new ActivityDetail.Ref(c, commitmentLabels.getOrDefault(c, "#" + c)))
					.toList(),
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
				List.copyOf(a.getPhotoIds()), a.totalVolunteers(), a.totalHours(), canEdit(a, scope));
	}

	@Transactional(readOnly = true)
	public ActivityForm form(Long id) {
		Activity a = loadEditable(id);
		return new ActivityForm(a.getTitle(), a.getType(), a.getFestivalTag(), a.getStartAt(), a.getEndAt(),
				a.getPositionId(), a.getVenueText(), a.getOrganiserOrgId(), new ArrayList<>(a.getPartnerUnitIds()),
				a.getProjectId(), new ArrayList<>(a.getCommitmentIds()), a.isPublicFlag(), a.getVersion());
	}

	@Transactional(readOnly = true)
	public HeldForm heldForm(Long id) {
		Activity a = loadEditable(id);
		if (a.getStatus() == ActivityStatus.CANCELLED) {
			throw new RuleViolationException(null, "activity.held.cancelled");
		}
		HeldForm empty = HeldForm.empty(List.copyOf(a.getPartnerUnitIds()), a.getVersion());
		if (a.getStatus() != ActivityStatus.HELD) {
			return empty;
		}
		Map<Long, UnitHours> byUnit = new LinkedHashMap<>();
		a.getUnitHours().forEach((h) -> byUnit.put(h.getUnitId(), h));
		List<HeldForm.UnitRow> rows = new ArrayList<>();
		for (Long unit : a.getPartnerUnitIds()) {
			UnitHours h = byUnit.get(unit);
			rows.add(new HeldForm.UnitRow(unit, h == null ? 0 : h.getVolunteers(),
					h == null ? BigDecimal.ZERO : h.getHours()));
		}
		List<HeldForm.VolunteerRow> vols = new ArrayList<>();
		a.getVolunteers().forEach((v) -> vols.add(new HeldForm.VolunteerRow(v.getName(), v.getUnitId(), v.getHours())));
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
	 * Organisations the current user may choose as organiser.
	 * @return staff and liaisons: all; secretaries: their subtree
	 */
	@Transactional(readOnly = true)
	public List<OrganisationOption> organiserOptions() {
		DataScope scope = this.scopes.current();
		Map<Long, OrganisationOption> all = new LinkedHashMap<>();
		this.structure.parentOptions().forEach((o) -> all.put(o.id(), o));
		this.structure.groupOptions().forEach((o) -> all.putIfAbsent(o.id(), o));
		return all.values().stream().filter((o) -> !scope.isSecretary() || scope.coversOrganisation(o.id())).toList();
	}

	public List<UnitDirectory.Entry> unitOptions() {
		return this.units.activeUnits();
	}

	/**
	 * Units for the list's unit filter and its suggestions: those the user may see.
	 * @return id and name, by name
	 */
	public List<UnitDirectory.Entry> unitFilterOptions() {
		return this.units.activeUnitsInScope();
	}

	/**
	 * A unit's name, for the list's unit filter when a link names a unit that is not
	 * among {@link #unitFilterOptions()} (a closed one), if the user may see it.
	 * @param id the unit
	 * @return its name, or an empty string
	 */
	@Transactional(readOnly = true)
	public String unitName(Long id) {
		return this.units.nameInScope(id).orElse("");
	}

	public List<AgreementService.CommitmentChoice> commitmentOptions() {
		return this.agreements.commitmentChoices();
	}

	/**
	 * A unit's activities this year and its volunteer hours, for the unit page tab. The
	 * caller checks that the unit is in scope.
	 * @param unitId the unit
	 * @return this year's activities and totals
	 */
	@Transactional(readOnly = true)
	public UnitActivities forUnitThisYear(Long unitId) {
		int year = LocalDate.now().getYear();
		LocalDateTime from = LocalDate.of(year, 1, 1).atStartOfDay();
		LocalDateTime to = from.plusYears(1);
		List<ActivityView> list = views(this.activities.findByPartnerBetween(unitId, from, to));
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
		Activity a = loadVisible(id, this.scopes.current());
		if (!a.getPhotoIds().contains(attachmentId)) {
			throw ActivityNotFoundException.forId(id);
		}
		return this.attachments.load(attachmentId);
	}

	// ---------------------------------------------------------------- writing

	@Transactional
	public Long create(ActivityForm form) {
		DataScope scope = this.scopes.current();
		if (!canCreate()) {
			throw new AccessDeniedException("no scope");
		}
		Activity a = new Activity();
		a.setCreatedBy(username());
		apply(a, form, scope, Set.of());
		this.activities.saveAndFlush(a);
		return Objects.requireNonNull(a.getId());
	}

	@Transactional
	public void update(Long id, ActivityForm form) {
		DataScope scope = this.scopes.current();
		Activity a = loadEditable(id);
		a.checkVersion(form.versionOrStale());
		Set<Long> before = Set.copyOf(a.getCommitmentIds());
		if (a.getStatus() == ActivityStatus.HELD) {
			sync(a, false);
		}
		apply(a, form, scope, before);
		if (a.getStatus() == ActivityStatus.HELD) {
			sync(a, true);
		}
		this.activities.saveAndFlush(a);
	}

	private void apply(Activity a, ActivityForm form, DataScope scope, Set<Long> keptCommitments) {
		LocalDateTime start = Objects.requireNonNull(form.start());
		LocalDateTime end = Objects.requireNonNull(form.end());
		if (end.isBefore(start)) {
			throw new RuleViolationException("end", "activity.end.beforeStart");
		}
		Long organiser = Objects.requireNonNull(form.organiserOrgId());
		if (this.structure.name(organiser).isEmpty()) {
			throw new RuleViolationException("organiserOrgId", "activity.organiser.invalid");
		}
		if (scope.isSecretary() && !scope.coversOrganisation(organiser)) {
			throw new RuleViolationException("organiserOrgId", "activity.organiser.outOfScope");
		}
		List<Long> partners = form.partners();
		if (!partners.isEmpty() && this.units.names(partners).size() != partners.size()) {
			throw new RuleViolationException("partnerUnitIds", "activity.partners.invalid");
		}
		if (scope.isLiaison() && !partners.contains(scope.unitId())) {
			throw new RuleViolationException("partnerUnitIds", "activity.partners.ownUnit");
		}
		List<Long> commitments = form.commitments();
		if (!commitments.isEmpty() && !keptCommitments.containsAll(commitments)) {
			Set<Long> allowed = new LinkedHashSet<>(keptCommitments);
			this.agreements.commitmentChoices().forEach((c) -> allowed.add(c.id()));
			if (!allowed.containsAll(commitments)) {
				throw new RuleViolationException("commitmentIds", "activity.commitments.invalid");
			}
		}
		String tag = form.festivalTag() == null || form.festivalTag().isBlank() ? null : form.festivalTag().trim();
		Integer year = tag == null ? null : start.getYear();
		if (tag != null) {
			var clash = this.activities.findByFestivalTagAndFestivalYear(tag, year);
			if (clash.isPresent() && !Objects.equals(clash.get().getId(), a.getId())) {
				throw new RuleViolationException("festivalTag", "activity.festivalTag.taken", tag,
						String.valueOf(year));
			}
		}
		a.setTitle(Objects.requireNonNull(form.title()).trim());
		a.setType(Objects.requireNonNull(form.type()));
		a.setFestivalTag(tag);
		a.setFestivalYear(year);
		a.setStartAt(start);
		a.setEndAt(end);
		a.setPositionId(form.positionId());
		a.setVenueText(form.venueText() == null || form.venueText().isBlank() ? null : form.venueText().trim());
		a.setOrganiserOrgId(organiser);
		a.setProjectId(form.projectId());
		a.setPublicFlag(form.isPublic());
		a.getPartnerUnitIds().clear();
		a.getPartnerUnitIds().addAll(partners);
		a.getCommitmentIds().clear();
		a.getCommitmentIds().addAll(commitments);
		// hours of units that are no longer partners go
		a.getUnitHours().removeIf((h) -> !a.getPartnerUnitIds().contains(h.getUnitId()));
	}

	/**
	 * Records that an activity took place, with its figures, and counts it towards its
	 * commitments. Calling it again on a held activity corrects the figures.
	 * @param id the activity
	 * @param form residents served, summary, volunteers and hours
	 * @param photos photos as name and bytes
	 */
	@Transactional
	public void markHeld(Long id, HeldForm form, List<Photo> photos) {
		Activity a = loadEditable(id);
		a.checkVersion(form.versionOrStale());
		if (a.getStatus() == ActivityStatus.CANCELLED) {
			throw new RuleViolationException(null, "activity.held.cancelled");
		}
		if (a.getStartAt().toLocalDate().isAfter(LocalDate.now())) {
			throw new RuleViolationException(null, "activity.held.future");
		}
		boolean wasHeld = a.getStatus() == ActivityStatus.HELD;
		if (wasHeld) {
			sync(a, false);
		}
		a.setResidentsServed(form.residentsServed());
		a.setSummary(form.summary() == null || form.summary().isBlank() ? null : form.summary().trim());
		a.getUnitHours().clear();
		Set<Long> seen = new java.util.HashSet<>();
		for (HeldForm.UnitRow row : form.unitRows()) {
			if (!a.getPartnerUnitIds().contains(row.unitId()) || !seen.add(row.unitId())) {
				throw new RuleViolationException("units", "activity.partners.invalid");
			}
			a.getUnitHours()
				.add(new UnitHours(Objects.requireNonNull(row.unitId()),
						row.volunteers() == null ? 0 : row.volunteers(),
						row.hours() == null ? BigDecimal.ZERO : row.hours()));
		}
		a.getVolunteers().clear();
		for (HeldForm.VolunteerRow row : form.volunteerRows()) {
			if (row.unitId() != null && !a.getPartnerUnitIds().contains(row.unitId())) {
				throw new RuleViolationException("volunteers", "activity.partners.invalid");
			}
			a.getVolunteers()
				.add(new NamedVolunteer(Objects.requireNonNull(row.name()).trim(), row.unitId(),
						row.hours() == null ? BigDecimal.ZERO : row.hours()));
		}
		for (Photo p : photos) {
			a.getPhotoIds()
				.add(this.attachments.store(PHOTO_OWNER, Objects.requireNonNull(a.getId()), p.name(), p.bytes()));
		}
		a.setStatus(ActivityStatus.HELD);
		sync(a, true);
		this.activities.saveAndFlush(a);
	}

	/**
	 * Takes a held or cancelled activity back to planned; a held one stops counting
	 * towards its commitments.
	 * @param id the activity
	 * @param version the version the page was rendered with
	 */
	@Transactional
	public void reopen(Long id, long version) {
		Activity a = loadEditable(id);
		a.checkVersion(version);
		if (a.getStatus() == ActivityStatus.HELD) {
			sync(a, false);
		}
		a.setStatus(ActivityStatus.PLANNED);
		this.activities.saveAndFlush(a);
	}

	/**
	 * Cancels an activity; a held one stops counting towards its commitments.
	 * @param id the activity
	 * @param version the version the page was rendered with
	 */
	@Transactional
	public void cancel(Long id, long version) {
		Activity a = loadEditable(id);
		a.checkVersion(version);
		if (a.getStatus() == ActivityStatus.HELD) {
			sync(a, false);
		}
		a.setStatus(ActivityStatus.CANCELLED);
		this.activities.saveAndFlush(a);
	}

	private void sync(Activity a, boolean held) {
		BigDecimal hours = a.totalHours();
		for (Long commitmentId : a.getCommitmentIds()) {
			boolean hourTarget = this.agreements.commitmentTargetUnit(commitmentId)
				.map((u) -> u.contains("小时") || u.contains("时"))
				.orElse(false);
			this.agreements.syncAutomaticFulfilment(commitmentId, Objects.requireNonNull(a.getId()), held,
					a.getStartAt().toLocalDate(), a.getTitle(), hourTarget ? hours : BigDecimal.ONE);
		}
	}

	// ---------------------------------------------------------------- helpers

	private Activity loadVisible(Long id, DataScope scope) {
		Activity a = this.activities.findById(id).orElseThrow(() -> ActivityNotFoundException.forId(id));
		if (!a.isPublicFlag() && !canEdit(a, scope)) {
			throw ActivityNotFoundException.forId(id);
		}
		return a;
	}

	private Activity loadEditable(Long id) {
		DataScope scope = this.scopes.current();
		Activity a = loadVisible(id, scope);
		if (!canEdit(a, scope)) {
			throw new AccessDeniedException("activity " + id);
		}
		return a;
	}

	private static boolean canEdit(Activity a, DataScope scope) {
		if (scope.isAll()) {
			return true;
		}
		if (scope.isSecretary()) {
			return scope.coversOrganisation(a.getOrganiserOrgId());
		}
		return scope.isLiaison() && scope.unitId() != null && a.getPartnerUnitIds().contains(scope.unitId());
	}

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

	private String username() {
		return this.scopes.currentUser().map((u) -> u.getUsername()).orElse("system");
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
