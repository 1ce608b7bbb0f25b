package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The order list with each open stage's lateness, the order page, and the 点单 form (a menu
 * item for a need, or for a new need). The steps posted from the order page are
 * {@link OrderActionsController}'s.
 */
@Controller
@RequestMapping("/matching/orders")
class OrderController {

	static final String VIEW_LIST = "matching/orders";

	static final String VIEW_FORM = "matching/order-form";

	private final OrderDetails details;

	private final OrderFlow flow;

	private final OrderPage page;

	private final ResourceService resources;

	private final NeedQueries needQueries;

	private final FormRebuilder forms;

	private final Clock clock;

	OrderController(OrderDetails details, OrderFlow flow, OrderPage page, ResourceService resources,
			NeedQueries needQueries, FormRebuilder forms, Clock clock) {
		this.details = details;
		this.flow = flow;
		this.page = page;
		this.resources = resources;
		this.needQueries = needQueries;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping
	String showList(@ModelAttribute("filter") MatchingFilters.@Nullable OrderFilter filter, BindingResult result,
			Model model) {
		MatchingFilters.OrderFilter f = (filter == null || result.hasErrors()) ? MatchingFilters.OrderFilter.none()
				: filter;
		model.addAttribute("filter", f);
		model.addAttribute("page", this.details.search(f));
		model.addAttribute("statuses", OrderStatus.values());
		model.addAttribute("stages", OrderStage.values());
		model.addAttribute("latenesses", List.of(Lateness.AMBER, Lateness.RED));
		model.addAttribute("scheduleMissing", this.details.scheduleMissing());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("matching.orders.title", null)));
		return VIEW_LIST;
	}

	@GetMapping("/{id:\\d+}")
	String showDetail(@PathVariable Long id, Model model) {
		return this.page.render(this.details.detail(id), model);
	}

	@GetMapping("/new")
	String showCreateForm(@RequestParam(name = "resource", required = false) @Nullable Long resourceId,
			@RequestParam(name = "need", required = false) @Nullable Long needId, Model model) {
		requireOrderer();
		ServiceResource item = (resourceId != null) ? this.resources.loadOrderable(resourceId) : null;
		model.addAttribute("form",
				new OrderForms.OrderForm(resourceId, needId, "", null, LocalDate.now(this.clock).plusDays(14),
						(item != null && item.getMeasure() == Measure.SESSIONS) ? BigDecimal.ONE : null, ""));
		return formView(model);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") OrderForms.@Nullable OrderForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		requireOrderer();
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, OrderForms.OrderForm.class, "form", result, request, model);
			return formView(model);
		}
		try {
			Long id = this.flow.place(form);
			redirect.addFlashAttribute("message", "matching.order.created");
			return "redirect:/matching/orders/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model);
		}
	}

	private void requireOrderer() {
		if (!this.flow.canOrder()) {
			throw new AccessDeniedException("secretaries and staff order");
		}
	}

	private String formView(Model model) {
		model.addAttribute("items", this.resources.menu(new MatchingFilters.MenuFilter(null, null)));
		model.addAttribute("needOptions", this.flow.needOptions(this.needQueries));
		model.addAttribute("areaOptions", this.flow.areaOptions());
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("matching.menu.title", "/menu"), Crumb.key("matching.order.new", null)));
		return VIEW_FORM;
	}

}
