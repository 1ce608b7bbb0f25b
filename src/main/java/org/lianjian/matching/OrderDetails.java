package org.lianjian.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.lianjian.account.DataScope;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order page and the order list, in the current user's scope, with what the user may
 * do next.
 */
@Service
public class OrderDetails {

	private final OrderRepository orders;

	private final OrderChangeRepository changes;

	private final NeedRepository needs;

	private final ResourceRepository resources;

	private final OrderQueries queries;

	private final CategoryService categories;

	private final MatchingAccess access;

	private final MatchingNames names;

	private final Deadlines deadlines;

	private final Clock clock;

	OrderDetails(OrderRepository orders, OrderChangeRepository changes, NeedRepository needs,
			ResourceRepository resources, OrderQueries queries, CategoryService categories, MatchingAccess access,
			MatchingNames names, Deadlines deadlines, Clock clock) {
		this.orders = orders;
		this.changes = changes;
		this.needs = needs;
		this.resources = resources;
		this.queries = queries;
		this.categories = categories;
		this.access = access;
		this.names = names;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	org.lianjian.shared.web.PageView<MatchingViews.OrderRow> search(MatchingFilters.OrderFilter filter) {
		return this.queries.page(this.access.scope(), filter, LocalDate.now(this.clock));
	}

	/** Whether the year's official holiday schedule is missing (the pages warn). */
	boolean scheduleMissing() {
		return this.deadlines.scheduleMissing(LocalDate.now(this.clock));
	}

	/** The default reply-by date of a dispatch today. */
	LocalDate defaultReplyBy() {
		return this.deadlines.replyBy(LocalDate.now(this.clock));
	}

	/**
	 * Checks that the current user sees the order (else 404) and has the role for the
	 * step (else 403), whatever the order's status: a step its status does not allow is
	 * refused later, with a message.
	 * @param id the order
	 * @param step the step
	 */
	@Transactional(readOnly = true)
	void requireMay(Long id, OrderStep step) {
		DataScope scope = this.access.scope();
		ServiceOrder o = this.orders.findById(id).orElseThrow(() -> MatchingNotFoundException.order(id));
		Need need = this.needs.findById(o.getNeedId()).orElseThrow(() -> MatchingNotFoundException.order(id));
		if (!MatchingAccess.sees(scope, o, need)) {
			throw MatchingNotFoundException.order(id);
		}
		boolean orderer = o.getOrderedBy().equals(this.access.username());
		boolean may = switch (step) {
			case DISPATCH -> scope.isStaff();
			case ACCEPT, DECLINE, DELIVER -> MatchingAccess.provides(scope, o);
			case RATE -> orderer;
			case CANCEL -> scope.isStaff() || orderer;
		};
		if (!may) {
			throw new AccessDeniedException("order " + id + " " + step);
		}
	}

	@Transactional(readOnly = true)
	MatchingViews.OrderDetail detail(Long id) {
		DataScope scope = this.access.scope();
		ServiceOrder o = this.orders.findById(id).orElseThrow(() -> MatchingNotFoundException.order(id));
		Need need = this.needs.findById(o.getNeedId()).orElseThrow(() -> MatchingNotFoundException.order(id));
		if (!MatchingAccess.sees(scope, o, need)) {
			throw MatchingNotFoundException.order(id);
		}
		ServiceResource r = this.resources.findById(o.getResourceId()).orElseThrow();
		LocalDate today = LocalDate.now(this.clock);
		Deadline stage = o.openStage();
		boolean provides = MatchingAccess.provides(scope, o);
		boolean orderer = o.getOrderedBy().equals(this.access.username());
		MatchingViews.OrderRights rights = new MatchingViews.OrderRights(
				scope.isStaff() && OrderStep.DISPATCH.allowedFrom(o.getStatus()),
				provides && OrderStep.ACCEPT.allowedFrom(o.getStatus()),
				provides && OrderStep.DELIVER.allowedFrom(o.getStatus()),
				orderer && OrderStep.RATE.allowedFrom(o.getStatus()),
				(scope.isStaff() || orderer) && OrderStep.CANCEL.allowedFrom(o.getStatus()),
				// a provider's liaison sees the order, not always the need behind it
				MatchingAccess.sees(scope, need));
		return new MatchingViews.OrderDetail(id, o.getVersion(), o.getNeedId(), need.getTitle(),
				Objects.requireNonNull(r.getId()), r.getTitle(), this.categories.name(r.getCategoryId()),
				r.getProviderUnitId(), this.names.unit(r.getProviderUnitId()),
				Objects.requireNonNullElse(this.names.organisation(need.getAreaId()), ""), o.getOrderedBy(),
				o.getOrderedOn(), o.getWantedDate(), o.getQuantity(), r.getMeasure(), o.getNote(), o.getStatus(),
				o.getProviderUnitId(), this.names.unit(o.getProviderUnitId()), o.getDispatchedBy(), o.getDispatchedOn(),
				o.getReplyBy(), o.getAcceptedOn(), o.getPlannedDate(), o.getDeclineReason(), o.getActivityId(),
				o.getDeliveredOn(), o.getHours(), o.getPeopleServed(), o.getRating(), o.getRatingComment(),
				o.getRatedOn(), o.getCancelReason(), stage, (stage != null) ? stage.on(today) : Lateness.ON_TIME,
				this.changes.findByOrderIdOrderByChangedAtAscIdAsc(id)
					.stream()
					.map((c) -> c.view(this.clock.getZone()))
					.toList(),
				rights);
	}

}
