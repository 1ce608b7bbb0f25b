package org.lianjian.agreement;

import java.io.IOException;
import java.util.Objects;
import java.util.function.BiConsumer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What is posted from the agreement page: the lifecycle steps (submit, approve, send
 * back, terminate), fulfilment with its evidence, and the signed scan. A refusal comes
 * back as a message on the page, with the user's input kept.
 */
@Controller
@RequestMapping("/agreements")
class AgreementActionsController {

	private final AgreementLifecycle lifecycle;

	private final AgreementDetails details;

	private final AgreementFiles files;

	private final AgreementPage page;

	private final ScopeService scopes;

	AgreementActionsController(AgreementLifecycle lifecycle, AgreementDetails details, AgreementFiles files,
			AgreementPage page, ScopeService scopes) {
		this.lifecycle = lifecycle;
		this.details = details;
		this.files = files;
		this.page = page;
		this.scopes = scopes;
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable Long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.lifecycle.submit(id);
		}
		catch (RuleViolationException ex) {
			return this.page.refused(id, ex, model, response);
		}
		redirect.addFlashAttribute("message", "agreement.submitted");
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable Long id, @Valid @ModelAttribute("approveForm") AgreementPage.ApproveForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgreementViews.Detail detail = staffOnly(id);
		if (result.hasErrors()) {
			return this.page.render(detail, model);
		}
		try {
			this.lifecycle.approve(id, Objects.requireNonNull(form.signedOn()));
		}
		catch (RuleViolationException ex) {
			return this.page.refused(id, ex, model, response);
		}
		redirect.addFlashAttribute("message", "agreement.approved");
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/{id}/send-back")
	String sendBack(@PathVariable Long id, @Valid @ModelAttribute("sendBackForm") AgreementPage.ReasonForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return withReason(id, form, result, model, redirect, response, this.lifecycle::sendBack, "agreement.sentBack");
	}

	@PostMapping("/{id}/terminate")
	String terminate(@PathVariable Long id, @Valid @ModelAttribute("terminateForm") AgreementPage.ReasonForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return withReason(id, form, result, model, redirect, response, this.lifecycle::terminate,
				"agreement.terminated");
	}

	/**
	 * A staff action that takes a reason (send back, terminate): the reason's message
	 * sits beside its field, any other refusal above the page.
	 */
	private String withReason(Long id, AgreementPage.ReasonForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response, BiConsumer<Long, String> action, String done) {
		AgreementViews.Detail detail = staffOnly(id);
		if (result.hasErrors()) {
			return this.page.render(detail, model);
		}
		try {
			action.accept(id, Objects.requireNonNull(form.reason()));
		}
		catch (RuleViolationException ex) {
			if ("reason".equals(ex.getField())) {
				FormErrors.reject(result, ex);
				return this.page.render(detail, model);
			}
			return this.page.refused(id, ex, model, response);
		}
		redirect.addFlashAttribute("message", done);
		return "redirect:/agreements/" + id;
	}

	/**
	 * Scope first (404 outside it), then the role (403): staff alone approve, send back
	 * and terminate. The service refuses the same again.
	 */
	private AgreementViews.Detail staffOnly(Long id) {
		AgreementViews.Detail detail = this.details.detail(id);
		if (!this.scopes.current().isStaff()) {
			throw new AccessDeniedException("staff only");
		}
		return detail;
	}

	@PostMapping("/{id}/fulfilments")
	String logFulfilment(@PathVariable Long id, @Valid @ModelAttribute("logForm") FulfilmentForm form,
			BindingResult result, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				boolean hasFile = file != null && !file.isEmpty();
				this.files.logWithEvidence(id, form, hasFile ? file.getOriginalFilename() : null,
						hasFile ? file.getBytes() : null);
				redirect.addFlashAttribute("message", "fulfilment.logged");
				return "redirect:/agreements/" + id;
			}
			catch (RuleViolationException ex) {
				AgreementPage.reject(result, ex);
			}
			catch (IOException ex) {
				result.reject("attachment.empty");
			}
		}
		return this.page.render(this.details.detail(id), model);
	}

	@PostMapping("/{id}/attachments")
	String attach(@PathVariable Long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, RedirectAttributes redirect) {
		try {
			byte[] bytes = file == null ? new byte[0] : file.getBytes();
			this.files.attachToAgreement(id, file == null ? null : file.getOriginalFilename(), bytes);
			redirect.addFlashAttribute("message", "attachment.uploaded");
			return "redirect:/agreements/" + id;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("attachError", this.page.text(ex));
		}
		catch (IOException ex) {
			model.addAttribute("attachError", this.page.text(new RuleViolationException("file", "attachment.empty")));
		}
		return this.page.render(this.details.detail(id), model);
	}

}
