package org.lianjian.project;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Staff manage the project brands: list, add, rename, retire and reinstate. */
@Controller
@RequestMapping("/projects/brands")
class BrandController {

	static final String VIEW = "project/brands";

	private final ProjectBrands brands;

	private final ScopeService scopes;

	BrandController(ProjectBrands brands, ScopeService scopes) {
		this.brands = brands;
		this.scopes = scopes;
	}

	@GetMapping
	String showBrands(Model model) {
		requireStaff();
		model.addAttribute("form", new BrandForm("", null));
		return view(model, null);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") BrandForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireStaff();
		if (!result.hasErrors()) {
			try {
				this.brands.add(form);
				redirect.addFlashAttribute("message", "project.brand.added");
				return "redirect:/projects/brands";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return view(model, null);
	}

	@PostMapping("/{id:\\d+}")
	String rename(@PathVariable Long id, @Valid @ModelAttribute("renameForm") BrandForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		requireStaff();
		if (!result.hasErrors()) {
			try {
				this.brands.rename(id, form);
				redirect.addFlashAttribute("message", "project.brand.renamed");
				return "redirect:/projects/brands";
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
			catch (StaleEditException ex) {
				FormErrors.conflict(result, ex);
			}
		}
		model.addAttribute("form", new BrandForm("", null));
		return view(model, id);
	}

	@PostMapping("/{id:\\d+}/retire")
	String retire(@PathVariable Long id, @RequestParam(defaultValue = "true") boolean retired,
			RedirectAttributes redirect) {
		requireStaff();
		this.brands.retire(id, retired);
		redirect.addFlashAttribute("message", retired ? "project.brand.retiredDone" : "project.brand.reinstated");
		return "redirect:/projects/brands";
	}

	private String view(Model model, @Nullable Long renaming) {
		model.addAttribute("brands", this.brands.list());
		model.addAttribute("renaming", renaming);
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.projects", "/projects"), Crumb.key("project.brands.title", null)));
		return VIEW;
	}

	private void requireStaff() {
		if (!this.scopes.current().isStaff()) {
			throw new AccessDeniedException("staff only");
		}
	}

}
