package org.lianjian.matching;

import java.time.Clock;
import java.time.LocalDate;

import org.lianjian.shared.web.Crumb;
import org.lianjian.unit.UnitDirectory;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The order page as the controllers render it: the order, and the forms of the steps the
 * user may take (blank, or as posted with their errors).
 */
@Component
class OrderPage {

	static final String VIEW_DETAIL = "matching/order";

	private final OrderDetails details;

	private final OrderDelivery delivery;

	private final MatchingNames names;

	private final Clock clock;

	OrderPage(OrderDetails details, OrderDelivery delivery, MatchingNames names, Clock clock) {
		this.details = details;
		this.delivery = delivery;
		this.names = names;
		this.clock = clock;
	}

	String render(MatchingViews.OrderDetail order, Model model) {
		model.addAttribute("order", order);
		long v = order.version();
		LocalDate today = LocalDate.now(this.clock);
		if (!model.containsAttribute("dispatchForm")) {
			Long preset = (order.providerUnitId() != null) ? order.providerUnitId() : order.resourceProviderId();
			model.addAttribute("dispatchForm", new OrderForms.DispatchForm(preset, this.details.defaultReplyBy(), v));
		}
		if (!model.containsAttribute("acceptForm")) {
			model.addAttribute("acceptForm",
					new OrderForms.AcceptForm(order.wantedDate().isBefore(today) ? today : order.wantedDate(), v));
		}
		if (!model.containsAttribute("declineForm")) {
			model.addAttribute("declineForm", new OrderForms.ReasonForm("", v));
		}
		if (!model.containsAttribute("cancelForm")) {
			model.addAttribute("cancelForm", new OrderForms.ReasonForm("", v));
		}
		if (!model.containsAttribute("deliveryForm")) {
			model.addAttribute("deliveryForm", new OrderForms.DeliveryForm(order.activityId(), v));
		}
		if (!model.containsAttribute("ratingForm")) {
			model.addAttribute("ratingForm", new OrderForms.RatingForm(5, "", v));
		}
		if (order.rights().dispatch()) {
			model.addAttribute("providerOptions", this.names.activeUnits().stream().map(OrderPage::option).toList());
		}
		if (order.rights().deliver()) {
			model.addAttribute("activityOptions", this.delivery.activityOptions(order.providerUnitId(), today));
		}
		model.addAttribute("scheduleMissing", this.details.scheduleMissing());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("matching.orders.title", "/matching/orders"),
				Crumb.text("#" + order.id(), null)));
		return VIEW_DETAIL;
	}

	private static MatchingViews.Option option(UnitDirectory.Entry e) {
		return new MatchingViews.Option(e.id(), e.name());
	}

}
