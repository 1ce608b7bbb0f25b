package org.lianjian.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.agreement.ActivityFulfilment;
import org.lianjian.agreement.AttachmentService;
import org.lianjian.project.ProjectService;
import org.lianjian.project.ProjectViews;
import org.lianjian.unit.UnitDirectory;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The activity's changes: create, edit, mark held (or correct), reopen, cancel. Each
 * checks who may do it ({@link ActivityAccess}), writes the history
 * ({@link ActivityHistory}) and publishes what changed ({@link ActivityHeld},
 * {@link ActivityReopened}, {@link ActivityCancelled}), on which the agreement module
 * brings the automatic fulfilment in line after the commit (its listener of
 * {@link org.lianjian.agreement.ActivityOutcomeChanged}). Called inside the transactions
 * of {@link ActivityService}.
 */
@Component
class ActivityWrites {

	private final ActivityRepository activities;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitDirectory units;

	private final ActivityFulfilment fulfilment;

	private final AttachmentService attachments;

	private final ProjectService projects;

	private final ActivityHistory history;

	private final ActivityHours hours;

	private final ActivityPhotos photos;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final FestivalTemplateRepository festivals;

	ActivityWrites(ActivityRepository activities, ScopeService scopes, StructureService structure, UnitDirectory units,
			ActivityFulfilment fulfilment, AttachmentService attachments, ProjectService projects,
			ActivityHistory history, ActivityHours hours, ActivityPhotos photos, ApplicationEventPublisher events,
			Clock clock, FestivalTemplateRepository festivals) {
		this.festivals = festivals;
		this.events = events;
		this.activities = activities;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.fulfilment = fulfilment;
		this.attachments = attachments;
		this.projects = projects;
		this.history = history;
		this.hours = hours;
		this.photos = photos;
		this.clock = clock;
	}

	Long createPlanned(String title, ActivityType type, String festivalTag, LocalDateTime start, LocalDateTime end,
			@Nullable Long organiserOrgId, boolean publicFlag) {
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
		Long id = Objects.requireNonNull(a.getId());
		this.history.record(id, "created", null, null, title);
		return id;
	}

	Long create(ActivityForm form, boolean mayCreate) {
		DataScope scope = this.scopes.current();
		if (!mayCreate) {
			throw new AccessDeniedException("no scope");
		}
		Activity a = new Activity();
		a.setCreatedBy(username());
		if (scope.isLiaison()) {
			a.setCreatedByUnitId(scope.unitId());
		}
		apply(a, form, scope, Set.of(), false);
		this.activities.saveAndFlush(a);
		Long id = Objects.requireNonNull(a.getId());
		this.history.record(id, "created", null, null, a.getTitle());
		return id;
	}

	void update(Long id, ActivityForm form) {
		DataScope scope = this.scopes.current();
		Activity a = loadOrganised(id, scope);
		a.checkVersion(form.versionOrStale());
		apply(a, form, scope, Set.copyOf(a.getCommitmentIds()), true);
		this.activities.saveAndFlush(a);
		if (a.getStatus() == ActivityStatus.HELD) {
			// hours, partners or links of a held activity: its fulfilment follows
			this.events.publishEvent(new ActivityHeld(id, a.getStartAt().toLocalDate(), true, username()));
		}
	}

	private void apply(Activity a, ActivityForm form, DataScope scope, Set<Long> keptCommitments, boolean record) {
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
		checkProject(form.projectId(), a.getProjectId());
		List<Long> commitments = form.commitments();
		this.fulfilment.checkLinks(commitments, keptCommitments, partners);
		String tag = form.festivalTag() == null || form.festivalTag().isBlank() ? null : form.festivalTag().trim();
		Integer year = tag == null ? null : start.getYear();
		if (tag != null && !tag.equals(a.getFestivalTag()) && !this.festivals.existsByCode(tag)) {
			throw new RuleViolationException("festivalTag", "activity.festivalTag.unknown");
		}
		if (tag != null) {
			var clash = this.activities.findByFestivalTagAndFestivalYear(tag, year);
			if (clash.isPresent() && !Objects.equals(clash.get().getId(), a.getId())) {
				throw new RuleViolationException("festivalTag", "activity.festivalTag.taken", tag,
						String.valueOf(year));
			}
		}
		if (record) {
			recordForm(a, form, tag, organiser, partners, commitments);
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
	 * A project must exist and be in the user's scope; a link the activity already has
	 * may stay.
	 */
	private void checkProject(@Nullable Long projectId, @Nullable Long kept) {
		if (projectId == null || projectId.equals(kept)) {
			return;
		}
		if (this.projects.options().stream().map(ProjectViews.Ref::id).noneMatch(projectId::equals)) {
			throw new RuleViolationException("projectId", "activity.project.invalid");
		}
	}

	private void recordForm(Activity a, ActivityForm form, @Nullable String tag, Long organiser, List<Long> partners,
			List<Long> commitments) {
		Long id = Objects.requireNonNull(a.getId());
		this.history.record(id, "title", null, a.getTitle(), Objects.requireNonNull(form.title()).trim());
		this.history.record(id, "type", null, a.getType(), form.type());
		this.history.record(id, "festivalTag", null, a.getFestivalTag(), tag);
		this.history.record(id, "start", null, a.getStartAt(), form.start());
		this.history.record(id, "end", null, a.getEndAt(), form.end());
		this.history.record(id, "venue", null, a.getVenueText(), form.venueText());
		this.history.record(id, "positionId", null, a.getPositionId(), form.positionId());
		if (!organiser.equals(a.getOrganiserOrgId())) {
			this.history.record(id, "organiser", null, orgName(a.getOrganiserOrgId()), orgName(organiser));
		}
		this.history.record(id, "projectId", null, a.getProjectId(), form.projectId());
		this.history.record(id, "publicFlag", null, a.isPublicFlag(), form.isPublic());
		if (!Set.copyOf(partners).equals(a.getPartnerUnitIds())) {
			this.history.record(id, "partners", null, this.history.unitNames(a.getPartnerUnitIds()),
					this.history.unitNames(partners));
		}
		if (!Set.copyOf(commitments).equals(a.getCommitmentIds())) {
			this.history.record(id, "commitments", null, ids(a.getCommitmentIds()), ids(commitments));
		}
	}

	private String orgName(Long id) {
		return this.structure.name(id).orElse("#" + id);
	}

	private static @Nullable String ids(java.util.Collection<Long> ids) {
		return ids.isEmpty() ? null : String.join(", ", ids.stream().sorted().map((i) -> "#" + i).toList());
	}

	/**
	 * Records that an activity took place, or corrects its figures. An organiser sets the
	 * residents served, the summary and the photos and may change every unit's hours (a
	 * liaison organiser only their own unit's); a partner liaison who does not organise
	 * it records only their own unit's hours, once it is held.
	 */
	void markHeld(Long id, HeldForm form, List<ActivityService.Photo> uploaded) {
		DataScope scope = this.scopes.current();
		Activity a = loadVisible(id, scope);
		boolean organise = ActivityAccess.organises(a, scope);
		if (!organise && !(ActivityAccess.isPartner(a, scope) && a.getStatus() == ActivityStatus.HELD)) {
			throw new AccessDeniedException("activity " + id);
		}
		a.checkVersion(form.versionOrStale());
		if (a.getStatus() == ActivityStatus.CANCELLED) {
			throw new RuleViolationException(null, "activity.held.cancelled");
		}
		if (a.getStartAt().toLocalDate().isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolationException(null, "activity.held.future");
		}
		if (organise) {
			String summary = form.summary() == null || form.summary().isBlank() ? null : form.summary().trim();
			this.history.record(id, "residentsServed", null, a.getResidentsServed(), form.residentsServed());
			this.history.record(id, "summary", null, a.getSummary(), summary);
			a.setResidentsServed(form.residentsServed());
			a.setSummary(summary);
		}
		else if (!Objects.equals(a.getResidentsServed(), form.residentsServed())
				|| !Objects.equals(Objects.requireNonNullElse(a.getSummary(), ""),
						Objects.requireNonNullElse(form.summary(), "").trim())
				|| !uploaded.isEmpty()) {
			throw new RuleViolationException(null, "activity.held.organiserOnly");
		}
		Long own = ActivityAccess.hoursUnit(scope);
		this.hours.applyUnitRows(a, form.unitRows(), own);
		this.hours.applyVolunteers(a, form.volunteerRows(), own);
		for (ActivityService.Photo p : uploaded) {
			byte[] clean = this.photos.reencode(p.bytes());
			a.getPhotoIds()
				.add(this.attachments.store(ActivityService.PHOTO_OWNER, Objects.requireNonNull(a.getId()), p.name(),
						clean));
			this.history.record(id, "photo", null, null, p.name());
		}
		boolean correction = a.getStatus() == ActivityStatus.HELD;
		this.history.record(id, "status", null, a.getStatus(), ActivityStatus.HELD);
		a.setStatus(ActivityStatus.HELD);
		this.activities.saveAndFlush(a);
		this.events.publishEvent(new ActivityHeld(id, a.getStartAt().toLocalDate(), correction, username()));
	}

	void changeStatus(Long id, long version, ActivityStatus status) {
		Activity a = loadOrganised(id, this.scopes.current());
		a.checkVersion(version);
		ActivityStatus before = a.getStatus();
		this.history.record(id, "status", null, before, status);
		a.setStatus(status);
		this.activities.saveAndFlush(a);
		switch (status) {
			case PLANNED -> this.events.publishEvent(new ActivityReopened(id, before, username()));
			case CANCELLED -> this.events.publishEvent(new ActivityCancelled(id, before, username()));
			case HELD -> throw new IllegalArgumentException("mark an activity held with its figures");
		}
	}

	Activity loadVisible(Long id, DataScope scope) {
		Activity a = this.activities.findById(id).orElseThrow(() -> ActivityNotFoundException.forId(id));
		if (!ActivityAccess.sees(a, scope)) {
			throw ActivityNotFoundException.forId(id);
		}
		return a;
	}

	Activity loadOrganised(Long id, DataScope scope) {
		Activity a = loadVisible(id, scope);
		if (!ActivityAccess.organises(a, scope)) {
			throw new AccessDeniedException("activity " + id);
		}
		return a;
	}

	private String username() {
		return this.scopes.currentUser().map((u) -> u.getUsername()).orElse("system");
	}

}
