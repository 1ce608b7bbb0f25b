package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.RuleViolationException;

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
 * The short delivery form of one commitment, for a phone: the commitment and its
 * progress, then how much, a short note and the day (today unless changed). Saving goes
 * back to the commitment's row on the agreement page, where the new progress shows. The
 * rules are those of the agreement page's log form ({@link FulfilmentLog}); a commitment
 * the user may not log against answers 404.
 */
@Controller
@RequestMapping("/agreements/{agreementId}/commitments/{commitmentId}/deliver")
class DeliveryController {

	static final String VIEW = "agreement/deliver";

	private final Deliveries deliveries;

	private final FulfilmentLog log;

	private final Clock clock;

	DeliveryController(Deliveries deliveries, FulfilmentLog log, Clock clock) {
		this.deliveries = deliveries;
		this.log = log;
		this.clock = clock;
	}

	@GetMapping
	String form(@PathVariable Long agreementId, @PathVariable Long commitmentId, Model model) {
		AgreementViews.Delivery delivery = this.deliveries.delivery(agreementId, commitmentId);
		CommitmentMeasure measure = delivery.commitment().measure();
		// one session, or the one record of a qualitative commitment, is the usual case;
		// hours, people and money are always typed
		BigDecimal quantity = (measure == CommitmentMeasure.SESSIONS || measure.qualitative()) ? BigDecimal.ONE : null;
		model.addAttribute("deliverForm", new FulfilmentForm(commitmentId, LocalDate.now(this.clock), "", quantity));
		return render(delivery, model);
	}

	@PostMapping
	String save(@PathVariable Long agreementId, @PathVariable Long commitmentId,
			@Valid @ModelAttribute("deliverForm") FulfilmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AgreementViews.Delivery delivery = this.deliveries.delivery(agreementId, commitmentId);
		if (!result.hasErrors()) {
			try {
				// the commitment is the one in the address, whatever was posted
				this.log.log(agreementId,
						new FulfilmentForm(commitmentId, form.happenedOn(), form.description(), form.quantity()));
				redirect.addFlashAttribute("message", "fulfilment.logged");
				redirect.addFlashAttribute("delivered", commitmentId);
				return "redirect:/agreements/" + agreementId + "#commitment-" + commitmentId;
			}
			catch (RuleViolationException ex) {
				if ("commitmentId".equals(ex.getField())) {
					// the commitment is not a field of this form: the refusal goes on top
					result.reject(ex.getCode(), ex.getArgs(), ex.getCode());
				}
				else {
					AgreementPage.reject(result, ex);
				}
			}
		}
		return render(delivery, model);
	}

	private String render(AgreementViews.Delivery delivery, Model model) {
		model.addAttribute("delivery", delivery);
		model.addAttribute("today", LocalDate.now(this.clock));
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.agreements", "/agreements"),
						Crumb.text(delivery.agreementNumber(), "/agreements/" + delivery.agreementId()),
						Crumb.key("delivery.title", null)));
		return VIEW;
	}

}
