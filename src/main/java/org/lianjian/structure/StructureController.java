package org.lianjian.structure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.PageTabContributor;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/structure")
class StructureController {

	private static final String VIEW_FORM = "structure/form";

	private static final String VIEW_DETAIL = "structure/detail";

	private final StructureService structure;

	private final List<PageTabContributor> tabContributors;

	private final Clock clock;

	StructureController(StructureService structure, List<PageTabContributor> tabContributors, Clock clock) {
		this.structure = structure;
		this.tabContributors = tabContributors;
		this.clock = clock;
	}

	@GetMapping
	String showOverview(Model model) {
		model.addAttribute("overview", this.structure.overview());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.structure", null)));
		return "structure/overview";
	}

	@GetMapping("/organisations")
	String showList(@RequestParam(required = false) @Nullable Long under,
			@RequestParam(required = false) @Nullable OrganisationType type,
			@RequestParam(required = false) @Nullable OrganisationStatus status,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable Boolean networks,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		boolean onlyNetworks = Boolean.TRUE.equals(networks);
		model.addAttribute("page", this.structure.search(under, type, status, onlyNetworks, q, page, 20));
		model.addAttribute("networks", onlyNetworks);
		model.addAttribute("under", under);
		model.addAttribute("underName", under == null ? null : this.structure.name(under).orElse(null));
		model.addAttribute("type", type);
		model.addAttribute("status", status);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("statuses", OrganisationStatus.values());
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.structure", "/structure"), Crumb.key("organisation.list.title", null)));
		return htmx != null ? "structure/list :: results" : "structure/list";
	}

	@GetMapping("/organisations/{id}")
	String showDetail(@PathVariable Long id, Model model) {
		OrganisationDetail detail = this.structure.detail(id);
		addDetailModel(model, detail);
		if (!model.containsAttribute("moveForm")) {
			model.addAttribute("moveForm", new MoveForm(detail.parentId(), detail.version()));
		}
		if (!model.containsAttribute("retireForm")) {
			model.addAttribute("retireForm", new RetireForm(LocalDate.now(this.clock), detail.version()));
		}
		if (!model.containsAttribute("membershipForm")) {
			model.addAttribute("membershipForm", MembershipForm.empty(LocalDate.now(this.clock)));
		}
		return VIEW_DETAIL;
	}

	private void addDetailModel(Model model, OrganisationDetail detail) {
		model.addAttribute("org", detail);
		model.addAttribute("extraTabs",
				this.tabContributors.stream().flatMap((c) -> c.organisationTabs(detail.id()).stream()).toList());
		model.addAttribute("parents", this.structure.parentOptions());
		model.addAttribute("groups", this.structure.groupOptions());
		model.addAttribute("membershipRoles", MembershipRole.values());
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(Crumb.key("nav.structure", "/structure"));
		detail.path().forEach((p) -> crumbs.add(Crumb.text(p.name(), "/structure/organisations/" + p.id())));
		crumbs.add(Crumb.text(detail.name(), null));
		model.addAttribute("breadcrumbs", crumbs);
	}

	@GetMapping("/organisations/new")
	String showCreateForm(@RequestParam(required = false) @Nullable Long parent, Model model) {
		model.addAttribute("form", OrganisationForm.empty(parent));
		return formView(model, null);
	}

	@PostMapping("/organisations/new")
	String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.parentId() == null && !result.hasFieldErrors("parentId")) {
			result.rejectValue("parentId", "validation.required");
		}
		if (result.hasErrors()) {
			return formView(model, null);
		}
		try {
			Long id = this.structure.create(form);
			redirect.addFlashAttribute("message", "organisation.created");
			return "redirect:/structure/organisations/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, null);
		}
	}

	@GetMapping("/organisations/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		OrganisationDetail detail = this.structure.detail(id);
		model.addAttribute("form", OrganisationForm.of(detail));
		return formView(model, detail);
	}

	@PostMapping("/organisations/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		OrganisationDetail detail = this.structure.detail(id);
		if (result.hasErrors()) {
			return formView(model, detail);
		}
		try {
			this.structure.update(id, form);
			redirect.addFlashAttribute("message", "organisation.updated");
			return "redirect:/structure/organisations/" + id;
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(result, ex);
			model.addAttribute("current", detail);
			return formView(model, detail);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, detail);
		}
	}

	private String formView(Model model, @Nullable OrganisationDetail detail) {
		model.addAttribute("org", detail);
		model.addAttribute("types", OrganisationType.values());
		model.addAttribute("parents", this.structure.parentOptions());
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(Crumb.key("nav.structure", "/structure"));
		if (detail != null) {
			crumbs.add(Crumb.text(detail.name(), "/structure/organisations/" + detail.id()));
			crumbs.add(Crumb.key("action.edit", null));
		}
		else {
			crumbs.add(Crumb.key("organisation.new.title", null));
		}
		model.addAttribute("breadcrumbs", crumbs);
		return VIEW_FORM;
	}

	@PostMapping("/organisations/{id}/move")
	String move(@PathVariable Long id, @Valid @ModelAttribute("moveForm") MoveForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.structure.move(id, form);
				redirect.addFlashAttribute("message", "organisation.moved");
				return "redirect:/structure/organisations/" + id;
			}
			catch (StaleEditException ex) {
				FormErrors.conflict(result, ex);
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("showMove", true);
		return showDetail(id, model);
	}

	@PostMapping("/organisations/{id}/retire")
	String retire(@PathVariable Long id, @Valid @ModelAttribute("retireForm") RetireForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.structure.retire(id, form);
				redirect.addFlashAttribute("message", "organisation.retired");
				return "redirect:/structure/organisations/" + id;
			}
			catch (StaleEditException ex) {
				FormErrors.conflict(result, ex);
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("showRetire", true);
		return showDetail(id, model);
	}

	@PostMapping("/organisations/{id}/reinstate")
	String reinstate(@PathVariable Long id, @RequestParam long version, RedirectAttributes redirect) {
		try {
			this.structure.reinstate(id, version);
			redirect.addFlashAttribute("message", "organisation.reinstated");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("error", "conflict.stale.short");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/structure/organisations/" + id;
	}

	@PostMapping("/organisations/{id}/memberships")
	String addMembership(@PathVariable Long id, @Valid @ModelAttribute("membershipForm") MembershipForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.structure.addMembership(id, form);
				redirect.addFlashAttribute("message", "membership.added");
				return "redirect:/structure/organisations/" + id;
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("showMembership", true);
		return showDetail(id, model);
	}

	@PostMapping("/organisations/{id}/memberships/{membershipId}/end")
	String endMembership(@PathVariable Long id, @PathVariable Long membershipId, RedirectAttributes redirect) {
		this.structure.endMembership(id, membershipId, LocalDate.now(this.clock));
		redirect.addFlashAttribute("message", "membership.ended");
		return "redirect:/structure/organisations/" + id;
	}

}
