package org.lianjian.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The festival calendar: staff edit the templates and generate a year's planned
 * activities from them. Generating twice for a year creates nothing new (the activity
 * service is idempotent per festival tag and year).
 */
@Service
public class FestivalService {

	/** Generated activities run from 9:00 to 11:00 on the festival's date. */
	static final LocalTime START = LocalTime.of(9, 0);

	static final LocalTime END = LocalTime.of(11, 0);

	private final FestivalTemplateRepository templates;

	private final ActivityService activities;

	private final ActivityRepository activityRows;

	private final StructureService structure;

	FestivalService(FestivalTemplateRepository templates, ActivityService activities, ActivityRepository activityRows,
			StructureService structure) {
		this.templates = templates;
		this.activities = activities;
		this.activityRows = activityRows;
		this.structure = structure;
	}

	/**
	 * What a generation run did.
	 *
	 * @param year the year
	 * @param created activities created
	 * @param existing templates whose activity for the year already existed
	 */
	public record Generated(int year, int created, int existing) {

	}

	/** Refuses (403) anyone but staff; for pages that show a form before any write. */
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void checkCanManage() {
		// the annotation does the check
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public List<FestivalTemplateView> templates(int year) {
		List<FestivalTemplate> rows = this.templates.findAllByOrderBySortOrderAscIdAsc();
		Set<Long> orgIds = new HashSet<>();
		rows.stream().map(FestivalTemplate::getOrganiserOrgId).filter(Objects::nonNull).forEach(orgIds::add);
		Map<Long, String> names = orgIds.isEmpty() ? Map.of() : this.structure.names(orgIds);
		List<FestivalTemplateView> views = new ArrayList<>();
		for (FestivalTemplate t : rows) {
			views.add(new FestivalTemplateView(Objects.requireNonNull(t.getId()), t.getCode(), t.getName(),
					t.getDateRule(), t.getMonth(), t.getDay(), t.getActivityType(),
					(t.getOrganiserOrgId() != null) ? names.get(t.getOrganiserOrgId()) : null, t.isPublicFlag(),
					t.isActive(), t.dateIn(year)));
		}
		return views;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public FestivalForm form(Long id) {
		return FestivalForm.of(load(id));
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public Long create(FestivalForm form) {
		check(form);
		FestivalTemplate t = new FestivalTemplate();
		t.setCode("custom-" + Long.toString(System.currentTimeMillis(), 36));
		t.setSortOrder(1000);
		apply(t, form);
		return Objects.requireNonNull(this.templates.save(t).getId());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void update(Long id, FestivalForm form) {
		FestivalTemplate t = load(id);
		t.checkVersion(form.version());
		check(form);
		apply(t, form);
		this.templates.saveAndFlush(t);
	}

	/**
	 * Creates the planned activity of every active template for a year, skipping those
	 * already generated.
	 * @param year the year
	 * @return counts
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public Generated generate(int year) {
		if (year < 2000 || year > 2100) {
			throw new RuleViolationException("year", "festival.year.invalid");
		}
		@Nullable Long core = null;
		int created = 0;
		int existing = 0;
		for (FestivalTemplate t : this.templates.findByActiveTrueOrderBySortOrderAscIdAsc()) {
			if (this.activityRows.findByFestivalTagAndFestivalYear(t.getCode(), year).isPresent()) {
				existing++;
				continue;
			}
			Long organiser = t.getOrganiserOrgId();
			if (organiser == null) {
				if (core == null) {
					core = this.structure.holderOf(StructureRole.CORE)
						.orElseThrow(() -> new RuleViolationException(null, "festival.core.missing"));
				}
				organiser = core;
			}
			LocalDate date = t.dateIn(year);
			this.activities.createPlanned(t.getName(), t.getActivityType(), t.getCode(), date.atTime(START),
					date.atTime(END), organiser, t.isPublicFlag());
			created++;
		}
		return new Generated(year, created, existing);
	}

	private FestivalTemplate load(Long id) {
		return this.templates.findById(id).orElseThrow(() -> ActivityNotFoundException.forId(id));
	}

	private void check(FestivalForm form) {
		Long organiser = form.organiserOrgId();
		if (organiser != null && this.structure.name(organiser).isEmpty()) {
			throw new RuleViolationException("organiserOrgId", "validation.option.invalid");
		}
		FestivalDateRule rule = Objects.requireNonNull(form.dateRule());
		int month = Objects.requireNonNull(form.month());
		Integer day = form.day();
		if (rule == FestivalDateRule.MONTH) {
			return;
		}
		if (day == null) {
			throw new RuleViolationException("day", "validation.required");
		}
		if (rule == FestivalDateRule.LUNAR && day > 30) {
			throw new RuleViolationException("day", "validation.max", 30);
		}
		if (rule == FestivalDateRule.FIXED && (day > MonthDay.of(month, 1).getMonth().minLength())) {
			throw new RuleViolationException("day", "festival.day.invalid");
		}
	}

	private static void apply(FestivalTemplate t, FestivalForm form) {
		t.setName(Objects.requireNonNull(form.name()).strip());
		t.setDateRule(Objects.requireNonNull(form.dateRule()));
		t.setMonth(Objects.requireNonNull(form.month()));
		t.setDay(form.dateRule() == FestivalDateRule.MONTH ? null : form.day());
		t.setActivityType(Objects.requireNonNull(form.activityType()));
		t.setOrganiserOrgId(form.organiserOrgId());
		t.setPublicFlag(form.isPublic());
		t.setActive(form.isActive());
	}

}
