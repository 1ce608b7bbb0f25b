package org.lianjian.unit;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.RuleViolationException;

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
 * A liaison's change requests for protected fields, and the staff queue that approves or
 * rejects them.
 */
@Controller
@RequestMapping("/units")
class ChangeRequestController {

	static final String VIEW_FORM = "unit/change-request-form";

	static final String VIEW_QUEUE = "unit/requests";

	private final UnitService units;

	private final ChangeRequestService requests;

	ChangeRequestController(UnitService units, ChangeRequestService requests) {
		this.units = units;
		this.requests = requests;
	}

	@GetMapping("/{id}/change-requests/new")
	String showRequestForm(@PathVariable Long id, @RequestParam(required = false) @Nullable ProtectedField field,
			Model model) {
		UnitView unit = this.units.detail(id);
		model.addAttribute("form", ChangeRequestForm.empty(field));
		return formView(model, unit, field);
	}

	@PostMapping("/{id}/change-requests/new")
	String submit(@PathVariable Long id, @Valid @ModelAttribute("form") ChangeRequestForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UnitView unit = this.units.detail(id);
		if (result.hasFieldErrors("field") || form.field() == null) {
			model.addAttribute("form", ChangeRequestForm.empty(null));
			return formView(model, unit, null);
		}
		if (result.hasErrors()) {
			return formView(model, unit, form.field());
		}
		try {
			this.requests.submit(id, form);
			redirect.addFlashAttribute("message", "unit.request.submitted");
			return "redirect:/";
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, unit, form.field());
		}
	}

	private String formView(Model model, UnitView unit, @Nullable ProtectedField field) {
		model.addAttribute("unit", unit);
		model.addAttribute("field", field);
		model.addAttribute("fields", ProtectedField.values());
		if (field != null) {
			String current = this.requests.currentValue(unit.id(), field);
			model.addAttribute("currentValue", current);
			model.addAttribute("currentKey", ChangeRequestView.labelKey(field, current));
		}
		else {
			// checks role and appointment, as the POST does
			this.requests.currentValue(unit.id(), ProtectedField.NAME);
		}
		model.addAttribute("categories", UnitCategory.values());
		model.addAttribute("ranks", AdminRank.values());
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.text(unit.name(), "/units/" + unit.id()), Crumb.key("unit.request.new.title", null)));
		return VIEW_FORM;
	}

	@GetMapping("/requests")
	String showQueue(Model model) {
		if (!model.containsAttribute("decisionForm")) {
			model.addAttribute("decisionForm", new DecisionForm("", null));
		}
		return queueView(model);
	}

	@PostMapping("/requests/{requestId}/approve")
	String approve(@PathVariable Long requestId, @RequestParam(required = false) @Nullable Long version, Model model,
			RedirectAttributes redirect) {
		try {
			this.requests.approve(requestId, version);
			redirect.addFlashAttribute("message", "unit.request.approved");
			return "redirect:/units/requests";
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("error", "unit.request.stale");
			return "redirect:/units/requests";
		}
		catch (RuleViolationException ex) {
			model.addAttribute("decisionForm", new DecisionForm("", null));
			model.addAttribute("problemId", requestId);
			model.addAttribute("problemCode", ex.getCode());
			model.addAttribute("problemArgs", ex.getArgs());
			return queueView(model);
		}
	}

	@PostMapping("/requests/{requestId}/reject")
	String reject(@PathVariable Long requestId, @Valid @ModelAttribute("decisionForm") @Nullable DecisionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form == null) {
			// only the hidden version can fail to convert: a forged or mangled page
			redirect.addFlashAttribute("error", "unit.request.stale");
			return "redirect:/units/requests";
		}
		if (!result.hasErrors() && UnitService.blank(form.reason()) == null) {
			result.rejectValue("reason", "unit.request.reason.required");
		}
		if (result.hasErrors()) {
			model.addAttribute("rejecting", requestId);
			return queueView(model);
		}
		try {
			this.requests.reject(requestId, form);
			redirect.addFlashAttribute("message", "unit.request.rejected");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("error", "unit.request.stale");
		}
		return "redirect:/units/requests";
	}

	private String queueView(Model model) {
		model.addAttribute("requests", this.requests.pending());
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("unit.list.title", "/units"), Crumb.key("unit.request.queue.title", null)));
		return VIEW_QUEUE;
	}

}
