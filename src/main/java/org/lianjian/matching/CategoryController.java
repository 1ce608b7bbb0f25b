package org.lianjian.matching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
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
 * The category admin page (staff): the list with an add form and one edit form per
 * category.
 */
@Controller
@RequestMapping("/matching/categories")
class CategoryController {

	static final String VIEW = "matching/categories";

	static final String VIEW_EDIT = "matching/category-form";

	private final CategoryService categories;

	private final ScopeService scopes;

	private final FormRebuilder forms;

	CategoryController(CategoryService categories, ScopeService scopes, FormRebuilder forms) {
		this.categories = categories;
		this.scopes = scopes;
		this.forms = forms;
	}

	@GetMapping
	String showList(Model model) {
		requireStaff();
		model.addAttribute("form", CategoryForm.empty(nextOrder()));
		return listView(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") @Nullable CategoryForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		requireStaff();
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, CategoryForm.class, "form", result, request, model);
			return listView(model);
		}
		try {
			this.categories.create(form);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return listView(model);
		}
		redirect.addFlashAttribute("message", "matching.category.created");
		return "redirect:/matching/categories";
	}

	@GetMapping("/{id:\\d+}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		requireStaff();
		MatchingViews.CategoryView c = find(id);
		model.addAttribute("form", new CategoryForm(c.name(), c.sortOrder(), c.active(), c.version()));
		return editView(model, c);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") @Nullable CategoryForm form,
			BindingResult result, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		requireStaff();
		MatchingViews.CategoryView c = find(id);
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, CategoryForm.class, "form", result, request, model);
			return editView(model, c);
		}
		try {
			this.categories.update(id, form);
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(result, ex);
			return editView(model, c);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return editView(model, c);
		}
		redirect.addFlashAttribute("message", "matching.category.saved");
		return "redirect:/matching/categories";
	}

	private MatchingViews.CategoryView find(Long id) {
		return this.categories.all()
			.stream()
			.filter((c) -> c.id().equals(id))
			.findFirst()
			.orElseThrow(() -> MatchingNotFoundException.category(id));
	}

	private int nextOrder() {
		return this.categories.all().stream().mapToInt(MatchingViews.CategoryView::sortOrder).max().orElse(0) + 10;
	}

	private void requireStaff() {
		if (!this.scopes.current().isStaff()) {
			throw new AccessDeniedException("staff only");
		}
	}

	private String listView(Model model) {
		model.addAttribute("categories", this.categories.all());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("matching.categories.title", null)));
		return VIEW;
	}

	private String editView(Model model, MatchingViews.CategoryView c) {
		model.addAttribute("category", c);
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("matching.categories.title", "/matching/categories"),
				Crumb.text(c.name(), null)));
		return VIEW_EDIT;
	}

}
