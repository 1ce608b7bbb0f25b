package org.lianjian.matching;

import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.FormRebuilder;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The steps posted from the order page: 派单, 接单, decline, the delivering activity, 评单 and
 * cancellation. A field error re-renders the page with the form (200); a step the status
 * does not allow or a stale page comes back as a message on top (409); a step the role
 * may not take is 403, an order out of scope 404.
 */
@Controller
@RequestMapping("/matching/orders/{id:\\d+}")
class OrderActionsController {

	private final OrderFlow flow;

	private final OrderDelivery delivery;

	private final OrderDetails details;

	private final OrderPage page;

	private final MatchingPages pages;

	private final FormRebuilder forms;

	OrderActionsController(OrderFlow flow, OrderDelivery delivery, OrderDetails details, OrderPage page,
			MatchingPages pages, FormRebuilder forms) {
		this.forms = forms;
		this.flow = flow;
		this.delivery = delivery;
		this.details = details;
		this.page = page;
		this.pages = pages;
	}

	/** The model attribute of each step's form, as the order page names it. */
	private static final Map<OrderStep, String> FORMS = Map.of(OrderStep.DISPATCH, "dispatchForm", OrderStep.ACCEPT,
			"acceptForm", OrderStep.DECLINE, "declineForm", OrderStep.DELIVER, "deliveryForm", OrderStep.RATE,
			"ratingForm", OrderStep.CANCEL, "cancelForm");

	/** The message of each step done. */
	private static final Map<OrderStep, String> DONE = Map.of(OrderStep.DISPATCH, "matching.order.dispatched",
			OrderStep.ACCEPT, "matching.order.accepted", OrderStep.DECLINE, "matching.order.declined",
			OrderStep.DELIVER, "matching.order.activityLinked", OrderStep.RATE, "matching.order.rated",
			OrderStep.CANCEL, "matching.order.cancelled");

	/** One step's work, once its form is valid. */
	private interface Work {

		void run();

	}

	/** What every step handler is given besides its form. */
	private record Posted(BindingResult result, Model model, ServletWebRequest web, RedirectAttributes redirect) {

	}

	/**
	 * One step: the role for it (403) and the order's scope (404), its form's errors, the
	 * step, and the page again on a refusal.
	 */
	private <T> String step(OrderStep kind, Long id, @Nullable T form, Class<T> type, Posted posted, Work work) {
		this.details.requireMay(id, kind);
		Model model = posted.model();
		if (form == null || posted.result().hasErrors()) {
			this.forms.orRebuild(form, type, FORMS.get(kind), posted.result(), posted.web().getRequest(), model);
			return this.page.render(this.details.detail(id), model);
		}
		try {
			work.run();
		}
		catch (StaleEditException ex) {
			this.pages.stale(ex, model, Objects.requireNonNull(posted.web().getResponse()));
			return this.page.render(this.details.detail(id), model);
		}
		catch (RuleViolationException ex) {
			if (ex.getField() != null) {
				FormErrors.reject(posted.result(), ex);
			}
			else {
				this.pages.refused(ex, model, Objects.requireNonNull(posted.web().getResponse()));
			}
			return this.page.render(this.details.detail(id), model);
		}
		posted.redirect().addFlashAttribute("message", DONE.get(kind));
		return "redirect:/matching/orders/" + id;
	}

	@PostMapping("/dispatch")
	String dispatch(@PathVariable Long id,
			@Valid @ModelAttribute("dispatchForm") OrderForms.@Nullable DispatchForm form, BindingResult result,
			Model model, ServletWebRequest web, RedirectAttributes redirect) {
		return step(OrderStep.DISPATCH, id, form, OrderForms.DispatchForm.class,
				new Posted(result, model, web, redirect), () -> this.flow.dispatch(id, form));
	}

	@PostMapping("/accept")
	String accept(@PathVariable Long id, @Valid @ModelAttribute("acceptForm") OrderForms.@Nullable AcceptForm form,
			BindingResult result, Model model, ServletWebRequest web, RedirectAttributes redirect) {
		return step(OrderStep.ACCEPT, id, form, OrderForms.AcceptForm.class, new Posted(result, model, web, redirect),
				() -> this.flow.accept(id, form));
	}

	@PostMapping("/decline")
	String decline(@PathVariable Long id, @Valid @ModelAttribute("declineForm") OrderForms.@Nullable ReasonForm form,
			BindingResult result, Model model, ServletWebRequest web, RedirectAttributes redirect) {
		return step(OrderStep.DECLINE, id, form, OrderForms.ReasonForm.class, new Posted(result, model, web, redirect),
				() -> this.flow.decline(id, form));
	}

	@PostMapping("/delivery")
	String deliver(@PathVariable Long id, @Valid @ModelAttribute("deliveryForm") OrderForms.@Nullable DeliveryForm form,
			BindingResult result, Model model, ServletWebRequest web, RedirectAttributes redirect) {
		return step(OrderStep.DELIVER, id, form, OrderForms.DeliveryForm.class,
				new Posted(result, model, web, redirect), () -> this.delivery.link(id, form));
	}

	@PostMapping("/rate")
	String rate(@PathVariable Long id, @Valid @ModelAttribute("ratingForm") OrderForms.@Nullable RatingForm form,
			BindingResult result, Model model, ServletWebRequest web, RedirectAttributes redirect) {
		return step(OrderStep.RATE, id, form, OrderForms.RatingForm.class, new Posted(result, model, web, redirect),
				() -> this.flow.rate(id, form));
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable Long id, @Valid @ModelAttribute("cancelForm") OrderForms.@Nullable ReasonForm form,
			BindingResult result, Model model, ServletWebRequest web, RedirectAttributes redirect) {
		return step(OrderStep.CANCEL, id, form, OrderForms.ReasonForm.class, new Posted(result, model, web, redirect),
				() -> this.flow.cancel(id, form));
	}

}
