package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.PortalUser;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.jpa.StaleEditException;
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
 * One form for drafting, editing a draft and renewing. Rows are added and removed by
 * posting the form again; a refusal from the service is put beside its field, with the
 * user's input kept.
 */
@Controller
@RequestMapping("/agreements")
class AgreementFormController {

	private final AgreementDrafts drafts;

	private final AgreementDetails details;

	private final AgreementPage page;

	private final AgreementFormPage formPage;

	private final AgreementFormRows rows;

	private final ScopeService scopes;

	private final Clock clock;

	AgreementFormController(AgreementDrafts drafts, AgreementDetails details, AgreementPage page,
			AgreementFormPage formPage, AgreementFormRows rows, ScopeService scopes, Clock clock) {
		this.clock = clock;
		this.drafts = drafts;
		this.details = details;
		this.page = page;
		this.formPage = formPage;
		this.rows = rows;
		this.scopes = scopes;
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		DataScope scope = this.scopes.current();
		Long org = scope.isSecretary() ? this.scopes.currentUser().map(PortalUser::getScopeOrganisationId).orElse(null)
				: null;
		Long unit = scope.isLiaison() ? scope.unitId() : null;
		model.addAttribute("form", AgreementForm.empty(LocalDate.now(this.clock), org, unit));
		return this.formPage.render(model, AgreementFormPage.Mode.NEW, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addRow,
			@RequestParam(required = false) @Nullable Integer removeRow, Model model, RedirectAttributes redirect) {
		if (addRow != null || removeRow != null) {
			model.addAttribute("form", AgreementFormRows.rowsChanged(form, addRow != null, removeRow));
			return this.formPage.render(model, AgreementFormPage.Mode.NEW, null);
		}
		BindingResult errors = this.rows.effectiveErrors(form, result, model);
		if (errors.hasErrors()) {
			return this.formPage.render(model, AgreementFormPage.Mode.NEW, null);
		}
		try {
			Long id = this.drafts.createDraft(AgreementFormRows.copy(form, null, null));
			redirect.addFlashAttribute("message", "agreement.created");
			return "redirect:/agreements/" + id;
		}
		catch (RuleViolationException ex) {
			AgreementPage.reject(errors, ex);
			return this.formPage.render(model, AgreementFormPage.Mode.NEW, null);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model, HttpServletResponse response) {
		AgreementViews.Detail detail = this.details.detail(id);
		if (!detail.can(AgreementAccess.EDIT)) {
			return this.page.refused(id, new IllegalTransitionException(detail.status(), AgreementStatus.DRAFT), model,
					response);
		}
		model.addAttribute("form", this.drafts.form(id));
		return this.formPage.render(model, AgreementFormPage.Mode.EDIT, detail);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addRow,
			@RequestParam(required = false) @Nullable Integer removeRow, Model model, RedirectAttributes redirect) {
		AgreementViews.Detail detail = this.details.detail(id);
		if (addRow != null || removeRow != null) {
			model.addAttribute("form", AgreementFormRows.rowsChanged(form, addRow != null, removeRow));
			return this.formPage.render(model, AgreementFormPage.Mode.EDIT, detail);
		}
		BindingResult errors = this.rows.effectiveErrors(form, result, model);
		if (errors.hasErrors()) {
			return this.formPage.render(model, AgreementFormPage.Mode.EDIT, detail);
		}
		try {
			this.drafts.updateDraft(id, AgreementFormRows.copy(form, null, form.version()));
			redirect.addFlashAttribute("message", "agreement.saved");
			return "redirect:/agreements/" + id;
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(errors, ex);
			model.addAttribute("current", detail);
			return this.formPage.render(model, AgreementFormPage.Mode.EDIT, detail);
		}
		catch (RuleViolationException ex) {
			AgreementPage.reject(errors, ex);
			return this.formPage.render(model, AgreementFormPage.Mode.EDIT, detail);
		}
	}

	@GetMapping("/{id}/renew")
	String showRenewForm(@PathVariable Long id, Model model, HttpServletResponse response) {
		AgreementViews.Detail detail = this.details.detail(id);
		try {
			model.addAttribute("form", this.drafts.renewalForm(id));
		}
		catch (RuleViolationException ex) {
			return this.page.refused(id, ex, model, response);
		}
		return this.formPage.render(model, AgreementFormPage.Mode.RENEW, detail);
	}

	@PostMapping("/{id}/renew")
	String renew(@PathVariable Long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addRow,
			@RequestParam(required = false) @Nullable Integer removeRow, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AgreementViews.Detail detail = this.details.detail(id);
		if (!detail.can(AgreementAccess.RENEW)) {
			return this.page.refused(id, new IllegalTransitionException(detail.status(), AgreementStatus.ACTIVE), model,
					response);
		}
		if (addRow != null || removeRow != null) {
			model.addAttribute("form", AgreementFormRows.rowsChanged(form, addRow != null, removeRow));
			return this.formPage.render(model, AgreementFormPage.Mode.RENEW, detail);
		}
		BindingResult errors = this.rows.effectiveErrors(form, result, model);
		if (errors.hasErrors()) {
			return this.formPage.render(model, AgreementFormPage.Mode.RENEW, detail);
		}
		try {
			Long newId = this.drafts.createDraft(AgreementFormRows.copy(form, id, null));
			redirect.addFlashAttribute("message", "agreement.renewed");
			return "redirect:/agreements/" + newId;
		}
		catch (RuleViolationException ex) {
			AgreementPage.reject(errors, ex);
			return this.formPage.render(model, AgreementFormPage.Mode.RENEW, detail);
		}
	}

}
