package org.lianjian.matching;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
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

	/** One step: its form's errors, the step, and the page again on a refusal. */
	private interface Step {

		void run();

	}

	private <T> String step(Long id, @Nullable T form, Class<T> type, String name, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, String done,
			Step step) {
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, type, name, result, request, model);
			return this.page.render(this.details.detail(id), model);
		}
		try {
			step.run();
		}
		catch (StaleEditException ex) {
			this.pages.stale(ex, model, response);
			return this.page.render(this.details.detail(id), model);
		}
		catch (RuleViolationException ex) {
			if (ex.getField() != null) {
				FormErrors.reject(result, ex);
			}
			else {
				this.pages.refused(ex, model, response);
			}
			return this.page.render(this.details.detail(id), model);
		}
		redirect.addFlashAttribute("message", done);
		return "redirect:/matching/orders/" + id;
	}

	@PostMapping("/dispatch")
	String dispatch(@PathVariable Long id,
			@Valid @ModelAttribute("dispatchForm") OrderForms.@Nullable DispatchForm form, BindingResult result,
			Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		this.details.requireMay(id, OrderStep.DISPATCH);
		return step(id, form, OrderForms.DispatchForm.class, "dispatchForm", result, model, request, response, redirect,
				"matching.order.dispatched", () -> this.flow.dispatch(id, form));
	}

	@PostMapping("/accept")
	String accept(@PathVariable Long id, @Valid @ModelAttribute("acceptForm") OrderForms.@Nullable AcceptForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.details.requireMay(id, OrderStep.ACCEPT);
		return step(id, form, OrderForms.AcceptForm.class, "acceptForm", result, model, request, response, redirect,
				"matching.order.accepted", () -> this.flow.accept(id, form));
	}

	@PostMapping("/decline")
	String decline(@PathVariable Long id, @Valid @ModelAttribute("declineForm") OrderForms.@Nullable ReasonForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.details.requireMay(id, OrderStep.DECLINE);
		return step(id, form, OrderForms.ReasonForm.class, "declineForm", result, model, request, response, redirect,
				"matching.order.declined", () -> this.flow.decline(id, form));
	}

	@PostMapping("/delivery")
	String deliver(@PathVariable Long id, @Valid @ModelAttribute("deliveryForm") OrderForms.@Nullable DeliveryForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.details.requireMay(id, OrderStep.DELIVER);
		return step(id, form, OrderForms.DeliveryForm.class, "deliveryForm", result, model, request, response, redirect,
				"matching.order.activityLinked", () -> this.delivery.link(id, form));
	}

	@PostMapping("/rate")
	String rate(@PathVariable Long id, @Valid @ModelAttribute("ratingForm") OrderForms.@Nullable RatingForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.details.requireMay(id, OrderStep.RATE);
		return step(id, form, OrderForms.RatingForm.class, "ratingForm", result, model, request, response, redirect,
				"matching.order.rated", () -> this.flow.rate(id, form));
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable Long id, @Valid @ModelAttribute("cancelForm") OrderForms.@Nullable ReasonForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		this.details.requireMay(id, OrderStep.CANCEL);
		return step(id, form, OrderForms.ReasonForm.class, "cancelForm", result, model, request, response, redirect,
				"matching.order.cancelled", () -> this.flow.cancel(id, form));
	}

}
