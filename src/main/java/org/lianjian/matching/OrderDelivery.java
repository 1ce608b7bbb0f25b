package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.activity.ActivityDetail;
import org.lianjian.activity.ActivityService;
import org.lianjian.activity.ActivityView;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.NotFoundException;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery of an accepted order through an activity: the provider's liaison (or staff)
 * names the activity that delivers it; when that activity is held (now, or later through
 * {@link ActivityDeliveryListener}) the order is delivered with the provider unit's
 * volunteer hours and the residents served, and the need is met once its delivered orders
 * reach its quantity. The hours count toward the unit's commitments through the activity,
 * as they already do.
 */
@Service
public class OrderDelivery {

	private final OrderRepository orders;

	private final OrderChangeRepository changes;

	private final NeedRepository needs;

	private final NeedChangeRepository needChanges;

	private final ActivityService activities;

	private final MatchingAccess access;

	private final NamedParameterJdbcTemplate jdbc;

	OrderDelivery(OrderRepository orders, OrderChangeRepository changes, NeedRepository needs,
			NeedChangeRepository needChanges, ActivityService activities, MatchingAccess access,
			NamedParameterJdbcTemplate jdbc) {
		this.orders = orders;
		this.changes = changes;
		this.needs = needs;
		this.needChanges = needChanges;
		this.activities = activities;
		this.access = access;
		this.jdbc = jdbc;
	}

	/**
	 * Activities the current user may name as an order's delivery: the provider unit's of
	 * this year that they can see.
	 * @param providerUnitId the provider, or null (the community's own item)
	 * @return id and title with the date
	 */
	@Transactional(readOnly = true)
	List<MatchingViews.Option> activityOptions(@Nullable Long providerUnitId, LocalDate today) {
		List<ActivityView> list = (providerUnitId != null)
				? this.activities.forUnitThisYear(providerUnitId).activities()
				: this.activities.inRange(today.minusDays(90), today.plusDays(90), null, this.access.scope());
		return list.stream()
			.filter((a) -> a.status() != org.lianjian.activity.ActivityStatus.CANCELLED)
			.map((a) -> new MatchingViews.Option(a.id(), a.start().toLocalDate() + " " + a.title()))
			.toList();
	}

	/**
	 * Names the activity that delivers an accepted order; delivers it at once when the
	 * activity is held already.
	 * @param id the order
	 * @param form the activity and the order's version
	 */
	@Transactional
	public void link(Long id, OrderForms.DeliveryForm form) {
		DataScope scope = this.access.scope();
		ServiceOrder order = this.orders.findById(id).orElseThrow(() -> MatchingNotFoundException.order(id));
		Need need = this.needs.findById(order.getNeedId()).orElseThrow(() -> MatchingNotFoundException.order(id));
		if (!MatchingAccess.sees(scope, order, need)) {
			throw MatchingNotFoundException.order(id);
		}
		if (!MatchingAccess.provides(scope, order)) {
			throw new AccessDeniedException("order " + id);
		}
		order.checkVersion((form.version() != null) ? form.version() : -1);
		Long activityId = Objects.requireNonNull(form.activityId());
		ActivityDetail activity;
		try {
			activity = this.activities.detail(activityId);
		}
		catch (NotFoundException ex) {
			throw new RuleViolationException("activityId", "matching.order.activity.invalid");
		}
		Optional<ServiceOrder> other = this.orders.findByActivityId(activityId);
		if (other.isPresent() && !other.get().getId().equals(id)) {
			throw new RuleViolationException("activityId", "matching.order.activity.taken");
		}
		order.linkActivity(activityId);
		save(order);
		this.changes.save(new OrderChange(id, this.access.username(), order.getStatus(), order.getStatus(),
				HistoryNote.of("matching.history.activityLinked", activityId, activity.title())));
		if (activity.held()) {
			deliver(order, need, activity, this.access.username());
		}
	}

	/**
	 * An activity was held (or its figures corrected): delivers the accepted order it
	 * delivers, or corrects the figures of a delivered one. Run by the listener with the
	 * system's scope.
	 * @param activityId the activity
	 * @param by who recorded it
	 */
	@Transactional
	public void activityHeld(Long activityId, String by) {
		this.orders.findByActivityId(activityId).ifPresent((order) -> {
			ActivityDetail activity = this.activities.detail(activityId);
			if (!activity.held()) {
				return;
			}
			if (order.getStatus() == OrderStatus.ACCEPTED) {
				this.needs.findById(order.getNeedId()).ifPresent((need) -> deliver(order, need, activity, by));
			}
			else if (order.getStatus() == OrderStatus.DELIVERED || order.getStatus() == OrderStatus.RATED) {
				order.correctDelivery(hours(activity, order.getProviderUnitId()), activity.residentsServed());
				save(order);
			}
		});
	}

	/**
	 * The activity that delivered an order was reopened or cancelled: the order goes back
	 * to accepted (接单) and a need met by deliveries is open again (服务中) once what is
	 * still delivered falls short of it; both with a history line. A need closed by hand
	 * stays closed. Run by the listener with the system's scope.
	 * @param activityId the activity
	 * @param by who reopened or cancelled it
	 * @param what what happened to the activity: the message key of the order's history
	 * line, with the activity's id as its argument
	 */
	@Transactional
	public void activityUndone(Long activityId, String by, String what) {
		this.orders.findByActivityId(activityId).ifPresent((order) -> {
			OrderStatus from = order.getStatus();
			if (from != OrderStatus.DELIVERED && from != OrderStatus.RATED) {
				return;
			}
			order.undoDelivery();
			save(order);
			Long orderId = Objects.requireNonNull(order.getId());
			this.changes.save(new OrderChange(orderId, by, from, order.getStatus(), HistoryNote.of(what, activityId)));
			this.needs.findById(order.getNeedId()).ifPresent((need) -> {
				if (need.getStatus() == NeedStatus.MET && metByDelivery(need)
						&& delivered(need).compareTo(need.getQuantity()) < 0) {
					need.reopen(NeedStatus.IN_SERVICE);
					this.needChanges.save(new NeedChange(Objects.requireNonNull(need.getId()), by, NeedStatus.MET,
							NeedStatus.IN_SERVICE, HistoryNote.of("matching.history.deliveryWithdrawn", orderId)));
				}
			});
		});
	}

	/**
	 * Whether a met need was met by its deliveries ({@link #deliver}'s history line), not
	 * closed by hand.
	 */
	private boolean metByDelivery(Need need) {
		List<String> keys = this.jdbc.queryForList("""
				select coalesce(note_key, '') from need_change
				 where need_id = :need and to_status = 'MET' order by changed_at desc, id desc limit 1""",
				new MapSqlParameterSource("need", Objects.requireNonNull(need.getId())), String.class);
		return !keys.isEmpty() && keys.get(0).equals("matching.history.delivered");
	}

	private void deliver(ServiceOrder order, Need need, ActivityDetail activity, String by) {
		OrderStatus from = order.getStatus();
		BigDecimal hours = hours(activity, order.getProviderUnitId());
		order.deliver(activity.id(), activity.start().toLocalDate(), hours, activity.residentsServed());
		save(order);
		this.changes.save(new OrderChange(Objects.requireNonNull(order.getId()), by, from, order.getStatus(),
				HistoryNote.of("matching.history.hours", hours.stripTrailingZeros().toPlainString())));
		NeedStatus was = need.getStatus();
		NeedStatus to = (delivered(need).compareTo(need.getQuantity()) >= 0) ? NeedStatus.MET : NeedStatus.IN_SERVICE;
		if (need.advanceTo(to)) {
			this.needChanges.save(new NeedChange(Objects.requireNonNull(need.getId()), by, was, to,
					HistoryNote.of("matching.history.delivered", order.getId())));
		}
	}

	/**
	 * The quantity delivered for a need, by its orders whose item counts in its measure.
	 */
	private BigDecimal delivered(Need need) {
		BigDecimal sum = this.jdbc.queryForObject("""
				select coalesce(sum(o.quantity), 0) from service_order o
				  join service_resource r on r.id = o.resource_id
				 where o.need_id = :need and o.status in ('DELIVERED', 'RATED') and r.measure = :measure
				""",
				new MapSqlParameterSource(
						Map.of("need", Objects.requireNonNull(need.getId()), "measure", need.getMeasure().name())),
				BigDecimal.class);
		return (sum != null) ? sum : BigDecimal.ZERO;
	}

	private static BigDecimal hours(ActivityDetail activity, @Nullable Long unitId) {
		if (unitId == null) {
			return activity.totalHours();
		}
		return activity.unitHours()
			.stream()
			.filter((h) -> unitId.equals(h.unitId()))
			.map(ActivityDetail.HoursView::hours)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	private void save(ServiceOrder order) {
		try {
			this.orders.saveAndFlush(order);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleEditException(order.getVersion(), ex);
		}
	}

}
