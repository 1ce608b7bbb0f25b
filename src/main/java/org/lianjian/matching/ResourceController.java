package org.lianjian.matching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.FormRebuilder;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The resource list and one form for adding and editing a resource, and the service menu
 * ({@code /menu}).
 */
@Controller
class ResourceController {

	static final String VIEW_LIST = "matching/resources";

	static final String VIEW_FORM = "matching/resource-form";

	static final String VIEW_MENU = "matching/menu";

	private final ResourceService resources;

	private final CategoryService categories;

	private final OrderFlow flow;

	private final FormRebuilder forms;

	ResourceController(ResourceService resources, CategoryService categories, OrderFlow flow, FormRebuilder forms) {
		this.resources = resources;
		this.categories = categories;
		this.flow = flow;
		this.forms = forms;
	}

	@GetMapping("/menu")
	String showMenu(@ModelAttribute("filter") MatchingFilters.@Nullable MenuFilter filter, BindingResult result,
			Model model) {
		MatchingFilters.MenuFilter f = (filter == null || result.hasErrors())
				? new MatchingFilters.MenuFilter(null, null) : filter;
		model.addAttribute("filter", f);
		model.addAttribute("items", this.resources.menu(f));
		model.addAttribute("categoryOptions", this.categories.options());
		model.addAttribute("areaOptions", this.resources.areaOptions());
		model.addAttribute("canOrder", this.flow.canOrder());
		model.addAttribute("canPublish", this.resources.canCreate());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("matching.menu.title", null)));
		return VIEW_MENU;
	}

	@GetMapping("/matching/resources")
	String showList(@ModelAttribute("filter") MatchingFilters.@Nullable ResourceFilter filter, BindingResult result,
			Model model) {
		MatchingFilters.ResourceFilter f = (filter == null || result.hasErrors())
				? new MatchingFilters.ResourceFilter(null, null, null) : filter;
		model.addAttribute("filter", f);
		model.addAttribute("page", this.resources.search(f));
		model.addAttribute("categoryOptions", this.categories.options());
		model.addAttribute("canCreate", this.resources.canCreate());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("matching.resources.title", null)));
		return VIEW_LIST;
	}

	@GetMapping("/matching/resources/new")
	String showCreateForm(Model model) {
		requireKeeper();
		model.addAttribute("form", this.resources.emptyForm());
		return formView(model, null);
	}

	@PostMapping("/matching/resources/new")
	String create(@Valid @ModelAttribute("form") @Nullable ResourceForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		requireKeeper();
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, ResourceForm.class, "form", result, request, model);
			return formView(model, null);
		}
		try {
			this.resources.create(form);
			redirect.addFlashAttribute("message", "matching.resource.created");
			return "redirect:/matching/resources";
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, null);
		}
	}

	@GetMapping("/matching/resources/{id:\\d+}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", this.resources.form(id));
		return formView(model, id);
	}

	@PostMapping("/matching/resources/{id:\\d+}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") @Nullable ResourceForm form,
			BindingResult result, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		this.resources.form(id);
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, ResourceForm.class, "form", result, request, model);
			return formView(model, id);
		}
		try {
			this.resources.update(id, form);
			redirect.addFlashAttribute("message", "matching.resource.saved");
			return "redirect:/matching/resources";
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(result, ex);
			return formView(model, id);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, id);
		}
	}

	private void requireKeeper() {
		if (!this.resources.canCreate()) {
			throw new AccessDeniedException("may not keep resources");
		}
	}

	private String formView(Model model, @Nullable Long id) {
		model.addAttribute("resourceId", id);
		model.addAttribute("providerName", (id != null) ? this.resources.providerName(id) : null);
		model.addAttribute("categoryOptions", this.categories.options());
		model.addAttribute("areaOptions", this.resources.areaOptions());
		model.addAttribute("providerOptions", this.resources.providerOptions());
		model.addAttribute("measures", Measure.values());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("matching.resources.title", "/matching/resources"),
				Crumb.key((id == null) ? "matching.resource.new" : "matching.resource.edit", null)));
		return VIEW_FORM;
	}

}
