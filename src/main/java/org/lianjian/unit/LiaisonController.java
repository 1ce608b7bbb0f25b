package org.lianjian.unit;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff appoint, end and hand over liaisons; a liaison edits the direct fields of their
 * own unit. The unit is loaded in scope first, so another unit's URL answers 404 and only
 * a wrong role on one's own unit answers 403.
 */
@Controller
@RequestMapping("/units/{id}")
class LiaisonController {

	static final String VIEW_LIAISONS = "unit/liaisons";

	static final String VIEW_SELF_EDIT = "unit/my-unit-edit";

	private final UnitService units;

	private final LiaisonService liaisons;

	private final ScopeService scopes;

	private final Clock clock;

	LiaisonController(UnitService units, LiaisonService liaisons, ScopeService scopes, Clock clock) {
		this.units = units;
		this.liaisons = liaisons;
		this.scopes = scopes;
		this.clock = clock;
	}

	@GetMapping("/liaisons/new")
	String showAppointForm(@PathVariable Long id, Model model) {
		UnitView unit = staffUnit(id);
		model.addAttribute("liaisonForm",
				LiaisonForm.suggested(id, unit.liaisons().size(), unit.vacant(), LocalDate.now(this.clock)));
		return liaisonsView(model, unit, "appoint");
	}

	@PostMapping("/liaisons")
	String appoint(@PathVariable Long id, @Valid @ModelAttribute("liaisonForm") LiaisonForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UnitView unit = staffUnit(id);
		if (result.hasErrors()) {
			return liaisonsView(model, unit, "appoint");
		}
		try {
			LiaisonService.Appointed appointed = this.liaisons.appoint(id, form);
			return appointed(id, appointed, "liaison.appointed", redirect);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return liaisonsView(model, unit, "appoint");
		}
	}

	@GetMapping("/liaisons/handover")
	String showHandoverForm(@PathVariable Long id, Model model) {
		UnitView unit = staffUnit(id);
		model.addAttribute("handoverForm",
				HandoverForm.suggested(id, unit.liaisons().size(), LocalDate.now(this.clock)));
		return liaisonsView(model, unit, "handover");
	}

	@PostMapping("/liaisons/handover")
	String handover(@PathVariable Long id, @Valid @ModelAttribute("handoverForm") HandoverForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UnitView unit = staffUnit(id);
		if (result.hasErrors()) {
			return liaisonsView(model, unit, "handover");
		}
		try {
			LiaisonService.Appointed appointed = this.liaisons.handover(id, form);
			return appointed(id, appointed, "liaison.handedOver", redirect);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return liaisonsView(model, unit, "handover");
		}
	}

	@PostMapping("/liaisons/{liaisonId}/end")
	String end(@PathVariable Long id, @PathVariable Long liaisonId, RedirectAttributes redirect) {
		staffUnit(id);
		try {
			this.liaisons.end(id, liaisonId);
			redirect.addFlashAttribute("message", "liaison.ended");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/units/" + id + "?tab=liaisons";
	}

	private static String appointed(Long id, LiaisonService.Appointed appointed, String message,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute("message", message);
		if (appointed.oneTimePassword() != null) {
			redirect.addFlashAttribute("oneTimePassword", appointed.oneTimePassword());
		}
		return "redirect:/units/" + id + "?tab=liaisons";
	}

	private UnitView staffUnit(Long id) {
		UnitView unit = this.units.detail(id);
		if (!this.scopes.current().isStaff()) {
			throw new AccessDeniedException("liaisons are appointed by staff");
		}
		return unit;
	}

	private String liaisonsView(Model model, UnitView unit, String mode) {
		model.addAttribute("unit", unit);
		model.addAttribute("mode", mode);
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("unit.list.title", "/units"),
						Crumb.text(unit.name(), "/units/" + unit.id() + "?tab=liaisons"),
						Crumb.key(mode.equals("handover") ? "liaison.handover.title" : "liaison.appoint.title", null)));
		return VIEW_LIAISONS;
	}

	// ---- liaison self-service -------------------------------------------------

	@GetMapping("/my-edit")
	String showSelfEditForm(@PathVariable Long id, Model model) {
		UnitView unit = this.units.detail(id);
		model.addAttribute("form", this.liaisons.selfEditForm(id));
		return selfEditView(model, unit);
	}

	@PostMapping("/my-edit")
	String selfEdit(@PathVariable Long id, @Valid @ModelAttribute("form") LiaisonEditForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		UnitView unit = this.units.detail(id);
		this.liaisons.selfEditForm(id);
		if (result.hasErrors()) {
			return selfEditView(model, unit);
		}
		try {
			this.liaisons.selfEdit(id, form);
			redirect.addFlashAttribute("message", "unit.self.saved");
			return "redirect:/";
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(result, ex);
			model.addAttribute("current", unit);
			return selfEditView(model, unit);
		}
	}

	private String selfEditView(Model model, UnitView unit) {
		model.addAttribute("unit", unit);
		model.addAttribute("ownAppointment", this.liaisons.hasOwnAppointment(unit.id()));
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.text(unit.name(), "/units/" + unit.id()), Crumb.key("unit.self.title", null)));
		return VIEW_SELF_EDIT;
	}

}
