package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.OrganisationOption;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The order flow: 点单 by a secretary or staff, 派单 by staff, 接单 or a decline by the
 * provider's liaison (or staff), 评单 by whoever ordered, and a cancellation before
 * acceptance. Each step checks scope (404), role (403), the status it starts from
 * ({@link OrderStepRefused}) and the version the page showed
 * ({@link StaleEditException}), and leaves a line in the order's history. Delivery is
 * {@link OrderDelivery}'s.
 */
@Service
public class OrderFlow {

	private final OrderRepository orders;

	private final OrderChangeRepository changes;

	private final NeedRepository needs;

	private final NeedChangeRepository needChanges;

	private final NeedService needService;

	private final ResourceService resources;

	private final ResourceQueries resourceQueries;

	private final Deadlines deadlines;

	private final MatchingAccess access;

	private final MatchingNames names;

	private final Clock clock;

	OrderFlow(OrderRepository orders, OrderChangeRepository changes, NeedRepository needs,
			NeedChangeRepository needChanges, NeedService needService, ResourceService resources,
			ResourceQueries resourceQueries, Deadlines deadlines, MatchingAccess access, MatchingNames names,
			Clock clock) {
		this.orders = orders;
		this.changes = changes;
		this.needs = needs;
		this.needChanges = needChanges;
		this.needService = needService;
		this.resources = resources;
		this.resourceQueries = resourceQueries;
		this.deadlines = deadlines;
		this.access = access;
		this.names = names;
		this.clock = clock;
	}

	/** Whether the current user may order from the menu (secretaries and staff). */
	public boolean canOrder() {
		DataScope scope = this.access.scope();
		return scope.isStaff() || (scope.isSecretary() && !scope.organisationIds().isEmpty());
	}

	/**
	 * 点单: orders a menu item for a need in scope, or for a new need named in the form.
	 * @param form the order
	 * @return the new order's id
	 */
	@Transactional
	public Long place(OrderForms.OrderForm form) {
		if (!canOrder()) {
			throw new AccessDeniedException("may not order");
		}
		DataScope scope = this.access.scope();
		LocalDate today = LocalDate.now(this.clock);
		ServiceResource resource = this.resources.loadOrderable(Objects.requireNonNull(form.resourceId()));
		if (!resource.isPublished()) {
			throw new RuleViolationException("resourceId", "matching.order.notPublished");
		}
		LocalDate wanted = Objects.requireNonNull(form.wantedDate());
		if (wanted.isBefore(today)) {
			throw new RuleViolationException("wantedDate", "matching.order.wanted.past");
		}
		BigDecimal quantity = Objects.requireNonNull(form.quantity());
		BigDecimal left = resource.getCapacityPerYear()
			.subtract(this.resourceQueries.used(Objects.requireNonNull(resource.getId()), today));
		if (quantity.compareTo(left) > 0) {
			throw new RuleViolationException("quantity", "matching.order.overCapacity",
					left.max(BigDecimal.ZERO).stripTrailingZeros().toPlainString());
		}
		if (form.needId() != null && form.newNeedTitle() != null && !form.newNeedTitle().isBlank()) {
			throw new RuleViolationException("newNeedTitle", "matching.order.needAndTitle");
		}
		if (form.needId() != null && form.newNeedAreaId() != null) {
			throw new RuleViolationException("newNeedAreaId", "matching.order.needAndTitle");
		}
		Need need = (form.needId() != null) ? openNeed(form.needId(), scope) : newNeed(form, resource, scope);
		ServiceOrder order = new ServiceOrder(Objects.requireNonNull(need.getId()), resource.getId(),
				this.access.username(), today, wanted, quantity, NeedForm.blankToNull(form.note()),
				this.deadlines.dispatch(today), this.deadlines.delivery(today, wanted));
		Long id = Objects.requireNonNull(this.orders.save(order).getId());
		log(order, null, HistoryNote.NONE);
		advance(need, NeedStatus.MATCHED, HistoryNote.of("matching.history.ordered", id));
		return id;
	}

	/**
	 * 派单 (staff): to a provider unit, preset from the item; none only for the community's
	 * own item.
	 * @param id the order
	 * @param form provider, reply-by date and version
	 */
	@Transactional
	public void dispatch(Long id, OrderForms.DispatchForm form) {
		this.access.requireStaff();
		ServiceOrder order = load(id, form.version());
		LocalDate today = LocalDate.now(this.clock);
		Long provider = form.providerUnitId();
		if (provider != null && this.names.activeUnits().stream().noneMatch((u) -> u.id().equals(provider))) {
			throw new RuleViolationException("providerUnitId", "validation.option.invalid");
		}
		LocalDate replyBy = Objects.requireNonNull(form.replyBy());
		if (replyBy.isBefore(today)) {
			throw new RuleViolationException("replyBy", "matching.order.replyBy.past");
		}
		OrderStatus from = order.getStatus();
		order.dispatch(provider, replyBy, this.access.username(), today, this.deadlines.reply(today, replyBy));
		String unit = (provider != null) ? this.names.unit(provider) : null;
		log(order, from, (unit != null) ? HistoryNote.of("matching.history.dispatchedTo", unit) : HistoryNote.NONE);
	}

	/**
	 * 接单 by the provider's liaison (or staff) with a planned date.
	 * @param id the order
	 * @param form planned date and version
	 */
	@Transactional
	public void accept(Long id, OrderForms.AcceptForm form) {
		ServiceOrder order = loadProvided(id, form.version());
		LocalDate today = LocalDate.now(this.clock);
		LocalDate planned = Objects.requireNonNull(form.plannedDate());
		if (planned.isBefore(today)) {
			throw new RuleViolationException("plannedDate", "matching.order.planned.past");
		}
		OrderStatus from = order.getStatus();
		order.accept(planned, today);
		log(order, from, HistoryNote.of("matching.history.planned", planned));
		this.needs.findById(order.getNeedId())
			.ifPresent((n) -> advance(n, NeedStatus.IN_SERVICE, HistoryNote.of("matching.history.accepted", id)));
	}

	/**
	 * A decline by the provider's liaison (or staff): back to staff for dispatch again.
	 * @param id the order
	 * @param form reason and version
	 */
	@Transactional
	public void decline(Long id, OrderForms.ReasonForm form) {
		ServiceOrder order = loadProvided(id, form.version());
		OrderStatus from = order.getStatus();
		String reason = NeedForm.blankless(form.reason());
		order.decline(reason, this.deadlines.dispatch(LocalDate.now(this.clock)));
		log(order, from, HistoryNote.reason(reason));
	}

	/**
	 * 评单 by whoever ordered it: 1 to 5 with a comment.
	 * @param id the order
	 * @param form rating, comment and version
	 */
	@Transactional
	public void rate(Long id, OrderForms.RatingForm form) {
		ServiceOrder order = load(id, form.version());
		if (!order.getOrderedBy().equals(this.access.username())) {
			throw new AccessDeniedException("only the orderer rates");
		}
		OrderStatus from = order.getStatus();
		int rating = Objects.requireNonNull(form.rating());
		order.rate(rating, NeedForm.blankToNull(form.comment()), LocalDate.now(this.clock));
		log(order, from,
				(form.comment() != null && !form.comment().isBlank())
						? HistoryNote.of("matching.history.ratedWithComment", rating).with(form.comment())
						: HistoryNote.of("matching.history.rated", rating));
	}

	/**
	 * Cancels an order not yet accepted (staff, or whoever ordered it).
	 * @param id the order
	 * @param form reason and version
	 */
	@Transactional
	public void cancel(Long id, OrderForms.ReasonForm form) {
		ServiceOrder order = load(id, form.version());
		if (!this.access.scope().isStaff() && !order.getOrderedBy().equals(this.access.username())) {
			throw new AccessDeniedException("order " + id);
		}
		OrderStatus from = order.getStatus();
		String reason = NeedForm.blankless(form.reason());
		order.cancel(reason);
		log(order, from, HistoryNote.reason(reason));
	}

	/** Areas a new need of the order form may be raised in. */
	List<OrganisationOption> areaOptions() {
		return this.access.areaOptions();
	}

	/** Open needs the current user may order for. */
	List<MatchingViews.Option> needOptions(NeedQueries queries) {
		return queries.openOptions(this.access.scope());
	}

	private Need openNeed(Long needId, DataScope scope) {
		Need need = this.needs.findById(needId)
			.filter((n) -> MatchingAccess.sees(scope, n))
			.orElseThrow(() -> new RuleViolationException("needId", "validation.option.invalid"));
		if (!need.getStatus().isOpen()) {
			throw new RuleViolationException("needId", "matching.need.closed");
		}
		return need;
	}

	private Need newNeed(OrderForms.OrderForm form, ServiceResource resource, DataScope scope) {
		if (form.newNeedTitle() == null || form.newNeedTitle().isBlank()) {
			throw new RuleViolationException("newNeedTitle", "matching.order.needOrTitle");
		}
		if (form.newNeedAreaId() == null) {
			throw new RuleViolationException("newNeedAreaId", "validation.required");
		}
		NeedForm needForm = new NeedForm(form.newNeedTitle(), null, resource.getCategoryId(), form.newNeedAreaId(),
				null, null, form.quantity(), resource.getMeasure(), form.wantedDate(), Urgency.NORMAL, null, null);
		Long id;
		try {
			id = this.needService.create(needForm);
		}
		catch (RuleViolationException ex) {
			throw new RuleViolationException("areaId".equals(ex.getField()) ? "newNeedAreaId" : ex.getField(),
					ex.getCode(), ex.getArgs());
		}
		return this.needs.findById(id).orElseThrow();
	}

	private ServiceOrder load(Long id, @Nullable Long version) {
		DataScope scope = this.access.scope();
		ServiceOrder order = this.orders.findById(id).orElseThrow(() -> MatchingNotFoundException.order(id));
		Need need = this.needs.findById(order.getNeedId()).orElseThrow(() -> MatchingNotFoundException.order(id));
		if (!MatchingAccess.sees(scope, order, need)) {
			throw MatchingNotFoundException.order(id);
		}
		order.checkVersion((version != null) ? version : -1);
		return order;
	}

	private ServiceOrder loadProvided(Long id, @Nullable Long version) {
		ServiceOrder order = load(id, version);
		if (!MatchingAccess.provides(this.access.scope(), order)) {
			throw new AccessDeniedException("order " + id);
		}
		return order;
	}

	private void log(ServiceOrder order, @Nullable OrderStatus from, HistoryNote note) {
		try {
			this.orders.saveAndFlush(order);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleEditException(order.getVersion(), ex);
		}
		this.changes.save(new OrderChange(Objects.requireNonNull(order.getId()), this.access.username(), from,
				order.getStatus(), note));
	}

	private void advance(Need need, NeedStatus to, HistoryNote note) {
		NeedStatus from = need.getStatus();
		if (need.advanceTo(to)) {
			this.needChanges
				.save(new NeedChange(Objects.requireNonNull(need.getId()), this.access.username(), from, to, note));
		}
	}

}
