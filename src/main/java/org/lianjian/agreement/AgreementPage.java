package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;

/**
 * The agreement page as the controllers render it: the agreement, the forms of its
 * lifecycle steps and fulfilment log (blank, or as posted with their errors), and a
 * refusal from the service as a message, in the reader's language.
 */
@Component
class AgreementPage {

	static final String VIEW_DETAIL = "agreement/detail";

	private static final String ILLEGAL = "agreement.transition.illegal";

	private final AgreementDetails details;

	private final MessageSource messages;

	private final Clock clock;

	AgreementPage(AgreementDetails details, MessageSource messages, Clock clock) {
		this.details = details;
		this.messages = messages;
		this.clock = clock;
	}

	/** Staff approve with the signing date. */
	record ApproveForm(@NotNull(message = "{validation.required}") @PastOrPresent(
			message = "{agreement.signedOn.future}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedOn) {

	}

	/** Staff send back or terminate with a reason. */
	record ReasonForm(@NotBlank(message = "{validation.required}") @Size(max = 500,
			message = "{agreement.reason.tooLong}") @PlainText(lines = PlainText.MANY_LINES) @Nullable String reason) {

	}

	/**
	 * The agreement page, keeping any form already in the model (posted with errors).
	 * @param detail the agreement
	 * @param model the model
	 * @return the view name
	 */
	String render(AgreementViews.Detail detail, Model model) {
		model.addAttribute("agreement", detail);
		List<AgreementViews.CommitmentView> loggable = detail.commitments()
			.stream()
			.filter(AgreementViews.CommitmentView::canLog)
			.toList();
		model.addAttribute("loggable", loggable);
		if (!model.containsAttribute("approveForm")) {
			model.addAttribute("approveForm", new ApproveForm(LocalDate.now(this.clock)));
		}
		if (!model.containsAttribute("sendBackForm")) {
			model.addAttribute("sendBackForm", new ReasonForm(""));
		}
		if (!model.containsAttribute("terminateForm")) {
			model.addAttribute("terminateForm", new ReasonForm(""));
		}
		if (!model.containsAttribute("logForm")) {
			model.addAttribute("logForm",
					FulfilmentForm.empty(LocalDate.now(this.clock), loggable.isEmpty() ? null : loggable.get(0).id()));
		}
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.agreements", "/agreements"), Crumb.text(detail.number(), null)));
		return VIEW_DETAIL;
	}

	/**
	 * A refused step: the agreement page again, with the reason on top (409).
	 * @param id the agreement
	 * @param ex the refusal
	 * @param model the model
	 * @param response the response, whose status is set
	 * @return the view name
	 */
	String refused(Long id, RuleViolationException ex, Model model, HttpServletResponse response) {
		model.addAttribute("actionError", text(ex));
		response.setStatus(HttpStatus.CONFLICT.value());
		return render(this.details.detail(id), model);
	}

	/** A refusal onto a form: beside its field, or on top for the file or no field. */
	static void reject(BindingResult result, RuleViolationException ex) {
		RuleViolationException localised = localised(ex);
		if (localised.getField() == null || "file".equals(localised.getField())) {
			result.reject(localised.getCode(), localised.getArgs(), localised.getCode());
		}
		else {
			FormErrors.reject(result, localised);
		}
	}

	/** The illegal-transition message names statuses in the reader's language. */
	static RuleViolationException localised(RuleViolationException ex) {
		if (!ILLEGAL.equals(ex.getCode())) {
			return ex;
		}
		Object[] args = Arrays.stream(ex.getArgs())
			.map((a) -> new DefaultMessageSourceResolvable(new String[] { "agreement.status." + a }, String.valueOf(a)))
			.toArray();
		return new RuleViolationException(ex.getField(), ex.getCode(), args);
	}

	/**
	 * A refusal as text in the reader's language.
	 * @param ex the refusal
	 * @return its message
	 */
	String text(RuleViolationException ex) {
		RuleViolationException l = localised(ex);
		return this.messages.getMessage(l.getCode(), l.getArgs(), l.getCode(), LocaleContextHolder.getLocale());
	}

}
