package org.lianjian.matching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The need pages: the list, the need page with its orders and history, one form for
 * raising and editing, and the steps posted from the need page (close, escalate).
 */
@Controller
@RequestMapping("/matching/needs")
class NeedController {

	static final String VIEW_LIST = "matching/needs";

	static final String VIEW_DETAIL = "matching/need";

	static final String VIEW_FORM = "matching/need-form";

	private final NeedService needs;

	private final CategoryService categories;

	private final MatchingPages pages;

	private final FormRebuilder forms;

	NeedController(NeedService needs, CategoryService categories, MatchingPages pages, FormRebuilder forms) {
		this.needs = needs;
		this.categories = categories;
		this.pages = pages;
		this.forms = forms;
	}

	@GetMapping
	String showList(@ModelAttribute("filter") MatchingFilters.@Nullable NeedFilter filter, BindingResult result,
			Model model) {
		MatchingFilters.NeedFilter f = (filter == null || result.hasErrors()) ? MatchingFilters.NeedFilter.none()
				: filter;
		model.addAttribute("filter", f);
		model.addAttribute("page", this.needs.search(f));
		model.addAttribute("period", this.needs.period(f));
		model.addAttribute("periodClearHref", withoutPeriod(f));
		model.addAttribute("categoryOptions", this.categories.options());
		model.addAttribute("areaOptions", this.needs.areaOptions());
		model.addAttribute("statuses", NeedStatus.values());
		model.addAttribute("directions", Direction.values());
		model.addAttribute("canCreate", this.needs.canCreate());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("matching.needs.title", null)));
		return VIEW_LIST;
	}

	/** The list with the same filters but any period and measure. */
	private static String withoutPeriod(MatchingFilters.NeedFilter f) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath("/matching/needs");
		Object[] params = { "q", f.q(), "category", f.category(), "area", f.area(), "status", f.status(), "direction",
				f.direction(), "aged", f.aged() };
		for (int i = 0; i < params.length; i += 2) {
			if (params[i + 1] != null && !"".equals(params[i + 1])) {
				b.queryParam((String) params[i], params[i + 1]);
			}
		}
		return b.encode().build().toUriString();
	}

	@GetMapping("/{id:\\d+}")
	String showDetail(@PathVariable Long id, Model model) {
		return render(this.needs.detail(id), model);
	}

	private String render(MatchingViews.NeedDetail detail, Model model) {
		model.addAttribute("need", detail);
		if (!model.containsAttribute("closeForm")) {
			model.addAttribute("closeForm", new NeedActionForms.CloseForm(true, "", detail.version()));
		}
		if (!model.containsAttribute("escalateForm")) {
			model.addAttribute("escalateForm",
					new NeedActionForms.EscalateForm(detail.beyondCapacityReason(), detail.version()));
		}
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("matching.needs.title", "/matching/needs"), Crumb.text(detail.title(), null)));
		return VIEW_DETAIL;
	}

	@PostMapping("/{id:\\d+}/close")
	String close(@PathVariable Long id, @Valid @ModelAttribute("closeForm") NeedActionForms.@Nullable CloseForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		MatchingViews.NeedDetail detail = this.needs.detail(id);
		if (!detail.rights().editor()) {
			throw new AccessDeniedException("need " + id);
		}
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, NeedActionForms.CloseForm.class, "closeForm", result, request, model);
			return render(detail, model);
		}
		try {
			this.needs.close(id, form.met(), form.reason(), form.version() == null ? -1 : form.version());
		}
		catch (StaleEditException ex) {
			this.pages.stale(ex, model, response);
			return render(detail, model);
		}
		catch (RuleViolationException ex) {
			if (ex.getField() != null) {
				FormErrors.reject(result, ex);
			}
			else {
				this.pages.refused(ex, model, response);
			}
			return render(detail, model);
		}
		redirect.addFlashAttribute("message", "matching.need.closed.done");
		return "redirect:/matching/needs/" + id;
	}

	@PostMapping("/{id:\\d+}/escalate")
	String escalate(@PathVariable Long id,
			@Valid @ModelAttribute("escalateForm") NeedActionForms.@Nullable EscalateForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		MatchingViews.NeedDetail detail = this.needs.detail(id);
		if (!this.needs.mayEscalate()) {
			throw new AccessDeniedException("need " + id);
		}
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, NeedActionForms.EscalateForm.class, "escalateForm", result, request, model);
			return render(detail, model);
		}
		try {
			this.needs.escalate(id, NeedForm.blankToNull(form.reason()), form.version() == null ? -1 : form.version());
		}
		catch (StaleEditException ex) {
			this.pages.stale(ex, model, response);
			return render(detail, model);
		}
		catch (RuleViolationException ex) {
			this.pages.refused(ex, model, response);
			return render(detail, model);
		}
		redirect.addFlashAttribute("message", "matching.need.escalated");
		return "redirect:/matching/needs/" + id;
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		requireCreator();
		model.addAttribute("form", this.needs.emptyForm());
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") @Nullable NeedForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		requireCreator();
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, NeedForm.class, "form", result, request, model);
			return formView(model, null);
		}
		try {
			Long id = this.needs.create(form);
			redirect.addFlashAttribute("message", "matching.need.created");
			return "redirect:/matching/needs/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, null);
		}
	}

	@GetMapping("/{id:\\d+}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		MatchingViews.NeedDetail detail = editable(id);
		model.addAttribute("form", this.needs.form(id));
		return formView(model, detail);
	}

	@PostMapping("/{id:\\d+}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") @Nullable NeedForm form, BindingResult result,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		MatchingViews.NeedDetail detail = editable(id);
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, NeedForm.class, "form", result, request, model);
			return formView(model, detail);
		}
		try {
			this.needs.update(id, form);
			redirect.addFlashAttribute("message", "matching.need.saved");
			return "redirect:/matching/needs/" + id;
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

	/** Scope first (404), then the right to edit (403). */
	private MatchingViews.NeedDetail editable(Long id) {
		MatchingViews.NeedDetail detail = this.needs.detail(id);
		if (!detail.rights().edit()) {
			throw new AccessDeniedException("need " + id);
		}
		return detail;
	}

	private void requireCreator() {
		if (!this.needs.canCreate()) {
			throw new AccessDeniedException("may not raise needs");
		}
	}

	private String formView(Model model, MatchingViews.@Nullable NeedDetail detail) {
		model.addAttribute("need", detail);
		model.addAttribute("categoryOptions", this.categories.options());
		model.addAttribute("areaOptions", this.needs.areaOptions());
		model.addAttribute("projectOptions", this.needs.projectOptions());
		model.addAttribute("measures", Measure.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("breadcrumbs",
				(detail == null)
						? Crumb.trail(Crumb.key("matching.needs.title", "/matching/needs"),
								Crumb.key("matching.need.new", null))
						: Crumb.trail(Crumb.key("matching.needs.title", "/matching/needs"),
								Crumb.text(detail.title(), "/matching/needs/" + detail.id()),
								Crumb.key("matching.need.edit", null)));
		return VIEW_FORM;
	}

}
