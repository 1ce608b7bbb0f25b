package org.lianjian.activity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.PortalUser;
import org.lianjian.account.ScopeService;
import org.lianjian.agreement.AttachmentService;
import org.lianjian.project.ProjectService;
import org.lianjian.project.ProjectViews;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.ListExports;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.FormRebuilder;
import org.lianjian.shared.web.NotFoundException;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.unit.UnitDirectory;
import org.lianjian.unit.UnitPick;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The activity pages: the list and its export, the activity page, one form for creating
 * and editing, and the "mark held" form. Scope is the service's business (404 outside it,
 * 403 for a public activity the user may read but not change).
 */
@Controller
@RequestMapping("/activities")
class ActivityController {

	static final String VIEW_LIST = "activity/list";

	static final String VIEW_DETAIL = "activity/detail";

	static final String VIEW_FORM = "activity/form";

	static final String VIEW_HELD = "activity/held";

	private static final Set<String> EXPORT_PARAMS = Set.of("type", "status", "tag", "organiser", "unit", "unitName",
			"year", "month", "publicFlag");

	private final ActivityService activities;

	private final ActivityOptions options;

	private final ActivityExporter exporter;

	private final ScopeService scopes;

	private final MessageSource messages;

	private final ProjectService projects;

	private final FormRebuilder forms;

	private final ActivityFigures figures;

	private final Clock clock;

	ActivityController(ActivityService activities, ActivityOptions options, ActivityExporter exporter,
			ScopeService scopes, MessageSource messages, ProjectService projects, FormRebuilder forms,
			ActivityFigures figures, Clock clock) {
		this.options = options;
		this.figures = figures;
		this.forms = forms;
		this.projects = projects;
		this.activities = activities;
		this.exporter = exporter;
		this.scopes = scopes;
		this.messages = messages;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- list and export

	@GetMapping
	String showList(@ModelAttribute("filter") @Nullable ActivityFilter filter, BindingResult result,
			@RequestParam(name = "unitName", required = false) @Nullable String unitName, HttpServletRequest request,
			Model model) {
		ActivityFilter given = (filter == null || result.hasErrors()) ? none() : filter;
		UnitPick pick = unitPick(given, unitName);
		ActivityFilter f = given.withUnit(pick.id());
		model.addAttribute("filter", f);
		model.addAttribute("unitPick", pick);
		// a liaison sees one unit: no filter that picks among units
		model.addAttribute("unitFilter", !this.scopes.current().seesOneUnit());
		model.addAttribute("page", this.activities.search(f));
		if (f.status() == ActivityStatus.HELD) {
			// the volunteer hours of held activities, as the dashboards count them
			model.addAttribute("hours", this.figures.hours(f));
		}
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("statuses", ActivityStatus.values());
		model.addAttribute("years", ListExports.recentYears(this.clock));
		model.addAttribute("months", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
		model.addAttribute("orgOptions", this.options.organiserOptions());
		model.addAttribute("canCreate", this.activities.canCreate());
		model.addAttribute("canExport", this.scopes.current().isStaff());
		model.addAttribute("exportHref", ListExports.exportHref(request, "/activities/export.xlsx", EXPORT_PARAMS));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.activities", null)));

		return VIEW_LIST;
	}

	private static ActivityFilter none() {
		return new ActivityFilter(null, null, null, null, null, null, null, null, null, null);
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") @Nullable ActivityFilter filter, BindingResult result,
			@RequestParam(name = "unitName", required = false) @Nullable String unitName, Locale locale) {
		if (!this.scopes.current().isStaff()) {
			throw new NotFoundException("export");
		}
		ActivityFilter given = (filter == null || result.hasErrors()) ? none() : filter;
		ActivityFilter f = given.withUnit(unitPick(given, unitName).id());
		byte[] bytes = this.exporter.export(f, locale);
		String name = this.messages.getMessage("activity.export.file", null, "activities", locale) + "-"
				+ LocalDate.now(this.clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
		return ListExports.xlsx(bytes, name);
	}

	/** Suggestions for the list's unit filter, as {@code <option>}s for its datalist. */
	@GetMapping(path = "/unit-suggestions", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String unitSuggestions(@RequestParam(name = "unitName", required = false) @Nullable String unitName) {
		return UnitPick.suggestions(this.options.unitFilterOptions(), unitName, UnitDirectory.Entry::name);
	}

	private UnitPick unitPick(ActivityFilter filter, @Nullable String unitName) {
		return UnitPick.resolve(filter.unit(), unitName, this.options::unitFilterOptions, UnitDirectory.Entry::id,
				UnitDirectory.Entry::name, this.options::unitName);
	}

	// ---------------------------------------------------------------- the activity page

	@GetMapping("/{id}")
	String showDetail(@PathVariable Long id, Model model) {
		ActivityDetail detail = this.activities.detail(id);
		model.addAttribute("activity", detail);
		if (detail.projectId() != null) {
			// a project the reader may not open is named without a link
			this.projects.options()
				.stream()
				.filter((p) -> p.id().equals(detail.projectId()))
				.map(ProjectViews.Ref::name)
				.findFirst()
				.ifPresent((name) -> model.addAttribute("projectName", name));
		}
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.activities", "/activities"), Crumb.text(detail.title(), null)));
		return VIEW_DETAIL;
	}

	/**
	 * A photo, with the headers of agreement attachments: no type sniffing, a sandbox for
	 * anything a browser might render, inline only for the pictures the portal wrote (a
	 * file stored before photos were checked is a download).
	 */
	@GetMapping("/{id}/photos/{photoId}")
	ResponseEntity<byte[]> photo(@PathVariable Long id, @PathVariable Long photoId) {
		AttachmentService.StoredFile file = this.activities.photo(id, photoId);
		ContentDisposition disposition = ContentDisposition
			.builder(ActivityPhotos.inline(file.contentType()) ? "inline" : "attachment")
			.filename(file.fileName(), StandardCharsets.UTF_8)
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.contentLength(file.bytes().length)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "sandbox")
			.body(file.bytes());
	}

	@PostMapping("/{id}/reopen")
	String reopen(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.activities.reopen(id, version);
			redirect.addFlashAttribute("message", "activity.reopened");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("error", "activity.stale");
		}
		return "redirect:/activities/" + id;
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.activities.cancel(id, version);
			redirect.addFlashAttribute("message", "activity.cancelled");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("error", "activity.stale");
		}
		return "redirect:/activities/" + id;
	}

	// ---------------------------------------------------------------- create and edit

	/**
	 * The empty activity form; {@code ?date=yyyy-MM-dd} (the calendar's "new on this
	 * day") starts it on that day, and a date that cannot be read is ignored.
	 */
	@GetMapping("/new")
	String showCreateForm(@RequestParam(required = false) @Nullable String date, Model model) {
		if (!this.activities.canCreate()) {
			throw new AccessDeniedException("no scope");
		}
		DataScope scope = this.scopes.current();
		LocalDate day = ActivityForm.parseDay(date);
		ActivityForm empty = (day != null) ? ActivityForm.startingOn(day)
				: ActivityForm.empty(LocalDate.now(this.clock));
		Long org = scope.isSecretary() ? this.scopes.currentUser().map(PortalUser::getScopeOrganisationId).orElse(null)
				: null;
		List<Long> partners = new ArrayList<>();
		if (scope.isLiaison() && scope.unitId() != null) {
			partners.add(scope.unitId());
		}
		model.addAttribute("form", new ActivityForm(empty.title(), empty.type(), empty.festivalTag(), empty.start(),
				empty.end(), null, empty.venueText(), org, partners, null, new ArrayList<>(), false, 0L));
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") @Nullable ActivityForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			this.forms.orRebuild(form, ActivityForm.class, "form", result, request, model);
			return formView(model, null);
		}
		try {
			Long id = this.activities.create(form);
			redirect.addFlashAttribute("message", "activity.created");
			return "redirect:/activities/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", this.activities.form(id));
		return formView(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") @Nullable ActivityForm form,
			BindingResult result, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		this.activities.form(id);
		if (result.hasErrors()) {
			this.forms.orRebuild(form, ActivityForm.class, "form", result, request, model);
			return formView(model, id);
		}
		try {
			this.activities.update(id, form);
			redirect.addFlashAttribute("message", "activity.updated");
			return "redirect:/activities/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(result, ex);
		}
		return formView(model, id);
	}

	private String formView(Model model, @Nullable Long id) {
		model.addAttribute("activityId", id);
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("orgOptions", this.options.organiserOptions());
		model.addAttribute("unitOptions", this.options.unitOptions());
		model.addAttribute("commitmentOptions", this.options.commitmentOptions(id));
		model.addAttribute("projectOptions", this.projects.options());
		model.addAttribute("festivalOptions",
				this.options.festivalOptions(id == null ? null : this.activities.form(id).festivalTag()));
		model.addAttribute("breadcrumbs",
				id == null ? Crumb.trail(Crumb.key("nav.activities", "/activities"), Crumb.key("activity.new", null))
						: Crumb.trail(Crumb.key("nav.activities", "/activities"), Crumb.key("activity.edit", null)));
		return VIEW_FORM;
	}

	// ---------------------------------------------------------------- mark held

	@GetMapping("/{id}/held")
	String showHeldForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		try {
			model.addAttribute("heldForm", this.activities.heldForm(id));
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
			return "redirect:/activities/" + id;
		}
		return heldView(id, model);
	}

	@PostMapping("/{id}/held")
	String markHeld(@PathVariable Long id, @Valid @ModelAttribute("heldForm") @Nullable HeldForm form,
			BindingResult result, @RequestParam(name = "photos", required = false) @Nullable List<MultipartFile> photos,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		try {
			// who may send this form at all: 403 or 404 as for the form itself
			this.activities.heldForm(id);
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
			return "redirect:/activities/" + id;
		}
		if (result.hasErrors()) {
			this.forms.orRebuild(form, HeldForm.class, "heldForm", result, request, model);
			return heldView(id, model);
		}
		try {
			List<ActivityService.Photo> files = new ArrayList<>();
			if (photos != null) {
				for (MultipartFile p : photos) {
					if (p != null && !p.isEmpty()) {
						files.add(new ActivityService.Photo(p.getOriginalFilename(), p.getBytes()));
					}
				}
			}
			this.activities.markHeld(id, form, files);
			redirect.addFlashAttribute("message", "activity.markedHeld");
			return "redirect:/activities/" + id;
		}
		catch (RuleViolationException ex) {
			if (ActivityPhotos.FIELD.equals(ex.getField())) {
				// the photo input is not a form property: its message is put beside it
				model.addAttribute("photoError", text(ex));
			}
			else {
				// rows have no single field to sit beside: the message goes on top
				result.reject(ex.getCode(), ex.getArgs(), ex.getCode());
			}
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(result, ex);
		}
		catch (IOException ex) {
			result.reject("attachment.empty");
		}
		return heldView(id, model);
	}

	private String heldView(Long id, Model model) {
		ActivityDetail detail = this.activities.detail(id);
		model.addAttribute("activity", detail);
		model.addAttribute("unitOptions", this.options.unitOptions());
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.activities", "/activities"), Crumb.text(detail.title(), "/activities/" + id),
						Crumb.key(detail.rights().edit() ? "activity.held.title" : "activity.hours.own", null)));
		return VIEW_HELD;
	}

	String text(RuleViolationException ex) {
		return this.messages.getMessage(ex.getCode(), ex.getArgs(), ex.getCode(), LocaleContextHolder.getLocale());
	}

}
