package org.lianjian.project;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.PortalUser;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.ListExports;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.FormRebuilder;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.unit.UnitPick;

import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The project pages: the list and its export, the project page with milestones, partners
 * and linked commitments, and one form for creating and editing. Scope is the service's
 * business (404 outside it); the role is checked after it (403).
 */
@Controller
@RequestMapping("/projects")
class ProjectController {

	static final String VIEW_LIST = "project/list";

	static final String VIEW_DETAIL = "project/detail";

	static final String VIEW_FORM = "project/form";

	private static final Set<String> EXPORT_PARAMS = Set.of("q", "brand", "status", "org", "unit", "unitName", "year");

	private final ProjectService projects;

	private final ProjectExporter exporter;

	private final ScopeService scopes;

	private final MessageSource messages;

	private final java.util.List<org.lianjian.shared.web.PageTabContributor> tabContributors;

	private final FormRebuilder forms;

	private final Clock clock;

	ProjectController(ProjectService projects, ProjectExporter exporter, ScopeService scopes, MessageSource messages,
			java.util.List<org.lianjian.shared.web.PageTabContributor> tabContributors, FormRebuilder forms,
			Clock clock) {
		this.forms = forms;
		this.tabContributors = tabContributors;
		this.projects = projects;
		this.exporter = exporter;
		this.scopes = scopes;
		this.messages = messages;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- list and export

	@GetMapping
	String showList(@ModelAttribute("filter") @Nullable ProjectFilter filter, BindingResult result,
			@RequestParam(name = "unitName", required = false) @Nullable String unitName, HttpServletRequest request,
			Model model) {
		ProjectFilter given = (filter == null || result.hasErrors()) ? ProjectFilter.none() : filter;
		UnitPick pick = unitPick(given, unitName);
		ProjectFilter f = given.withUnit(pick.id());
		model.addAttribute("filter", f);
		model.addAttribute("unitPick", pick);
		model.addAttribute("page", this.projects.search(f));
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("brandOptions", this.projects.brandOptions(f.brand()));
		model.addAttribute("orgOptions", this.projects.leadOrganisationFilterOptions());
		model.addAttribute("years", ListExports.recentYears(this.clock));
		model.addAttribute("canCreate", this.projects.canCreate());
		model.addAttribute("canManageBrands", this.scopes.current().isStaff());
		model.addAttribute("exportHref", ListExports.exportHref(request, "/projects/export.xlsx", EXPORT_PARAMS));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.projects", null)));
		return VIEW_LIST;
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") @Nullable ProjectFilter filter, BindingResult result,
			@RequestParam(name = "unitName", required = false) @Nullable String unitName, Locale locale) {
		ProjectFilter given = (filter == null || result.hasErrors()) ? ProjectFilter.none() : filter;
		ProjectFilter f = given.withUnit(unitPick(given, unitName).id());
		byte[] bytes = this.exporter.export(f, locale);
		String name = this.messages.getMessage("project.export.file", null, "projects", locale) + "-"
				+ LocalDate.now(this.clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
		return ListExports.xlsx(bytes, name);
	}

	/** Suggestions for the list's unit filter, as {@code <option>}s for its datalist. */
	@GetMapping(path = "/unit-suggestions", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String unitSuggestions(@RequestParam(name = "unitName", required = false) @Nullable String unitName) {
		return UnitPick.suggestions(this.projects.partnerUnitFilterOptions(), unitName, ProjectViews.Ref::name);
	}

	private UnitPick unitPick(ProjectFilter filter, @Nullable String unitName) {
		return UnitPick.resolve(filter.unit(), unitName, this.projects::partnerUnitFilterOptions, ProjectViews.Ref::id,
				ProjectViews.Ref::name, this.projects::unitName);
	}

	// ---------------------------------------------------------------- the project page

	@GetMapping("/{id:\\d+}")
	String showDetail(@PathVariable Long id, Model model) {
		ProjectViews.Detail detail = this.projects.detail(id);
		model.addAttribute("project", detail);
		model.addAttribute("extraTabs",
				this.tabContributors.stream().flatMap((c) -> c.projectTabs(id).stream()).toList());
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.projects", "/projects"), Crumb.text(detail.name(), null)));
		return VIEW_DETAIL;
	}

	@PostMapping("/{id:\\d+}/milestones/{milestoneId:\\d+}")
	String markMilestone(@PathVariable Long id, @PathVariable Long milestoneId,
			@RequestParam(defaultValue = "true") boolean done, RedirectAttributes redirect) {
		editable(id);
		this.projects.markMilestone(id, milestoneId, done);
		redirect.addFlashAttribute("message", done ? "project.milestone.markedDone" : "project.milestone.reopened");
		return "redirect:/projects/" + id;
	}

	/** Scope first (404 outside it), then the right to edit (403). */
	private ProjectViews.Detail editable(Long id) {
		ProjectViews.Detail detail = this.projects.detail(id);
		if (!detail.editable()) {
			throw new AccessDeniedException("project " + id + " is not editable");
		}
		return detail;
	}

	// ---------------------------------------------------------------- create and edit

	@GetMapping("/new")
	String showCreateForm(Model model) {
		requireCreator();
		DataScope scope = this.scopes.current();
		Long org = scope.isSecretary() ? this.scopes.currentUser().map(PortalUser::getScopeOrganisationId).orElse(null)
				: null;
		model.addAttribute("form", ProjectForm.empty(LocalDate.now(this.clock), org));
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") @Nullable ProjectForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		requireCreator();
		if (result.hasErrors()) {
			this.forms.orRebuild(form, ProjectForm.class, "form", result, request, model);
			return formView(model, null);
		}
		try {
			Long id = this.projects.create(form);
			redirect.addFlashAttribute("message", "project.created");
			return "redirect:/projects/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, null);
		}
	}

	private void requireCreator() {
		if (!this.projects.canCreate()) {
			throw new AccessDeniedException("staff or secretaries only");
		}
	}

	@GetMapping("/{id:\\d+}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		ProjectViews.Detail detail = editable(id);
		model.addAttribute("form", this.projects.form(id));
		return formView(model, detail);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") @Nullable ProjectForm form,
			BindingResult result, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		ProjectViews.Detail detail = editable(id);
		if (result.hasErrors()) {
			this.forms.orRebuild(form, ProjectForm.class, "form", result, request, model);
			return formView(model, detail);
		}
		try {
			this.projects.update(id, form);
			redirect.addFlashAttribute("message", "project.saved");
			return "redirect:/projects/" + id;
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(result, ex);
			return formView(model, detail);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, detail);
		}
	}

	private String formView(Model model, ProjectViews.@Nullable Detail detail) {
		model.addAttribute("project", detail);
		model.addAttribute("brandOptions", this.projects.brandOptions(detail == null ? null : detail.brand().id()));
		model.addAttribute("orgOptions", this.projects.leadOrganisationOptions());
		model.addAttribute("unitOptions", this.projects.unitOptions());
		model.addAttribute("commitmentOptions", this.projects.commitmentOptions());
		model.addAttribute("statuses", ProjectStatus.values());
		model.addAttribute("kinds", ContributionKind.values());
		model.addAttribute("breadcrumbs",
				detail == null ? Crumb.trail(Crumb.key("nav.projects", "/projects"), Crumb.key("project.new", null))
						: Crumb.trail(Crumb.key("nav.projects", "/projects"),
								Crumb.text(detail.name(), "/projects/" + detail.id()),
								Crumb.key("project.edit", null)));
		return VIEW_FORM;
	}

}
