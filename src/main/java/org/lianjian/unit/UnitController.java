package org.lianjian.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.PageTab;
import org.lianjian.shared.web.PageTabContributor;
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

/**
 * The unit registry pages: the list, a unit's page with its tabs, and the staff form.
 * Scope comes first: a unit outside the user's scope answers 404 before any role check.
 */
@Controller
@RequestMapping("/units")
class UnitController {

	private static final String VIEW_LIST = "unit/list";

	private static final String VIEW_DETAIL = "unit/detail";

	private static final String VIEW_FORM = "unit/form";

	/** The tabs of a unit's page; later modules add theirs once they exist. */
	static final List<String> TABS = UnitService.PAGE_TABS;

	private static final Set<String> SORT_DIRECTIONS = Set.of("asc", "desc");

	private final UnitService units;

	private final ScopeService scopes;

	private final List<PageTabContributor> tabContributors;

	private final UnitConflict conflict;

	UnitController(UnitService units, ScopeService scopes, List<PageTabContributor> tabContributors,
			UnitConflict conflict) {
		this.units = units;
		this.scopes = scopes;
		this.tabContributors = tabContributors;
		this.conflict = conflict;
	}

	@GetMapping
	String showList(@ModelAttribute("filter") @Nullable UnitFilter filter, BindingResult result, Model model) {
		UnitFilter f = sanitise((filter == null || result.hasErrors()) ? UnitFilter.none() : filter);
		UnitListLinks links = new UnitListLinks(f);
		model.addAttribute("filter", f);
		// a liaison's list is their one unit: no filters
		model.addAttribute("unitFilter", !this.scopes.current().seesOneUnit());
		model.addAttribute("listing", this.units.listing(f));
		model.addAttribute("sorts", links.sortLinks());
		model.addAttribute("exportHref", links.export());
		model.addAttribute("categories", UnitCategory.values());
		model.addAttribute("ranks", AdminRank.values());
		model.addAttribute("statuses", UnitStatus.values());
		model.addAttribute("listFields", UnitField.listed());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("unit.list.title", null)));
		return VIEW_LIST;
	}

	/** Drops a sort column or direction the list does not know, so links stay clean. */
	private static UnitFilter sanitise(UnitFilter f) {
		String sort = (f.sort() != null && UnitFilter.SORTABLE.contains(f.sort())) ? f.sort() : null;
		String dir = (f.dir() != null && SORT_DIRECTIONS.contains(f.dir())) ? f.dir() : null;
		return new UnitFilter(f.q(), f.category(), f.rank(), f.area(), f.network(), f.member(), f.status(), f.vacant(),
				sort, dir, f.page());
	}

	@GetMapping("/{id}")
	String showDetail(@PathVariable Long id, @RequestParam(required = false) @Nullable String tab, Model model) {
		UnitView unit = this.units.detail(id);
		String active = (tab != null && TABS.contains(tab)) ? tab : "profile";
		model.addAttribute("unit", unit);
		model.addAttribute("tab", active);
		model.addAttribute("tabs", TABS);
		model.addAttribute("extraTabs", extraTabs(id));
		model.addAttribute("profileFields", UnitField.Tab.PROFILE.fields());
		model.addAttribute("partyFields", UnitField.Tab.PARTY.fields());
		if (active.equals("history")) {
			model.addAttribute("history", this.units.history(id));
		}
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("unit.list.title", "/units"), Crumb.text(unit.name(), null)));

		return VIEW_DETAIL;
	}

	private List<PageTab> extraTabs(Long unitId) {
		return this.tabContributors.stream().flatMap((c) -> c.unitTabs(unitId).stream()).toList();
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		requireStaff();
		model.addAttribute("form", UnitForm.empty());
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireStaff();
		if (result.hasErrors()) {
			return formView(model, null);
		}
		try {
			Long id = this.units.create(form);
			redirect.addFlashAttribute("message", "unit.createdMsg");
			return "redirect:/units/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		UnitView unit = this.units.detail(id);
		requireStaff();
		model.addAttribute("form", unit.toForm());
		return formView(model, unit);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UnitView unit = this.units.detail(id);
		requireStaff();
		if (result.hasErrors()) {
			return formView(model, unit);
		}
		try {
			this.units.update(id, form);
			redirect.addFlashAttribute("message", "unit.saved");
			return "redirect:/units/" + id;
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(result, ex);
			model.addAttribute("current", unit);
			model.addAttribute("conflictRows", this.conflict.rows(unit, form, this.units.choices()));
			return formView(model, unit);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, unit);
		}
	}

	/**
	 * Staff only; called after the unit was loaded in scope, so that a unit outside the
	 * scope answers 404 and only one's own unit answers 403.
	 */
	private void requireStaff() {
		if (!this.scopes.current().isStaff()) {
			throw new AccessDeniedException("unit registry is edited by staff");
		}
	}

	private String formView(Model model, @Nullable UnitView unit) {
		model.addAttribute("unit", unit);
		model.addAttribute("choices", this.units.choices());
		model.addAttribute("sections", UnitField.Section.values());
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(Crumb.key("unit.list.title", "/units"));
		if (unit != null) {
			crumbs.add(Crumb.text(unit.name(), "/units/" + unit.id()));
			crumbs.add(Crumb.key("action.edit", null));
		}
		else {
			crumbs.add(Crumb.key("unit.new.title", null));
		}
		model.addAttribute("breadcrumbs", crumbs);
		return VIEW_FORM;
	}

}
