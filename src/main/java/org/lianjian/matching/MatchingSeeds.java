package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seeds needs, resources and orders on given days and by given users, for the demo data
 * (a story that stays fresh relative to today). The forms' checks of the current user's
 * scope and of past dates do not apply: the caller states who and when. Each step keeps
 * the order's status rules ({@link OrderStep}) and leaves the history lines the flow
 * leaves, dated on the day given; delivery goes through a held activity as in the flow.
 */
@Service
public class MatchingSeeds {

	private final NeedRepository needs;

	private final NeedChangeRepository needChanges;

	private final ResourceRepository resources;

	private final OrderRepository orders;

	private final OrderChangeRepository changes;

	private final CategoryRepository categories;

	private final OrderDelivery delivery;

	private final Deadlines deadlines;

	private final NamedParameterJdbcTemplate jdbc;

	private final Clock clock;

	MatchingSeeds(NeedRepository needs, NeedChangeRepository needChanges, ResourceRepository resources,
			OrderRepository orders, OrderChangeRepository changes, CategoryRepository categories,
			OrderDelivery delivery, Deadlines deadlines, NamedParameterJdbcTemplate jdbc, Clock clock) {
		this.needs = needs;
		this.needChanges = needChanges;
		this.resources = resources;
		this.orders = orders;
		this.changes = changes;
		this.categories = categories;
		this.delivery = delivery;
		this.deadlines = deadlines;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A need to seed.
	 *
	 * @param title what is needed
	 * @param description more detail
	 * @param category the category's name
	 * @param areaId the residential area
	 * @param raisedBy who raised it
	 * @param raiserId the organisation ({@link RaisedBy#ORGANISATION}) or unit
	 * ({@link RaisedBy#UNIT}), null for staff
	 * @param username the user who raised it
	 * @param peopleServed how many people it serves
	 * @param quantity how much
	 * @param measure in what
	 * @param wantedBy when it is wanted
	 * @param urgency how urgent
	 * @param raisedOn the day it was raised
	 */
	public record NeedSeed(String title, String description, String category, Long areaId, RaisedBy raisedBy,
			@Nullable Long raiserId, String username, @Nullable Integer peopleServed, BigDecimal quantity,
			Measure measure, @Nullable LocalDate wantedBy, Urgency urgency, LocalDate raisedOn) {
	}

	/**
	 * A resource to seed.
	 *
	 * @param title the menu item's name
	 * @param description what is offered
	 * @param category the category's name
	 * @param providerUnitId the unit that gives it, null for the community's own
	 * @param areaId where it is offered
	 * @param location the place
	 * @param conditions on what conditions
	 * @param capacityPerYear how much per year
	 * @param measure in what
	 * @param published whether it is on the menu
	 */
	public record ResourceSeed(String title, String description, String category, @Nullable Long providerUnitId,
			@Nullable Long areaId, @Nullable String location, @Nullable String conditions, BigDecimal capacityPerYear,
			Measure measure, boolean published) {
	}

	/**
	 * Raises a need on the seed's day.
	 * @param seed the need
	 * @return its id
	 */
	@Transactional
	public Long need(NeedSeed seed) {
		Need need = new Need(seed.raisedBy(), (seed.raisedBy() == RaisedBy.ORGANISATION) ? seed.raiserId() : null,
				(seed.raisedBy() == RaisedBy.UNIT) ? seed.raiserId() : null, seed.username());
		need.edit(new Need.Details(seed.title(), seed.description(), category(seed.category()), seed.areaId(), null,
				seed.peopleServed(), seed.quantity(), seed.measure(), seed.wantedBy(), seed.urgency(), null));
		Long id = Objects.requireNonNull(this.needs.saveAndFlush(need).getId());
		Long change = Objects.requireNonNull(
				this.needChanges.save(new NeedChange(id, seed.username(), null, NeedStatus.OPEN, HistoryNote.NONE))
					.getId());
		backdate("need", "created_at", id, seed.raisedOn());
		backdate("need_change", "changed_at", change, seed.raisedOn());
		return id;
	}

	/**
	 * Marks a need as beyond the sub-district's capacity (超出供给能力).
	 * @param needId the need
	 * @param reason why
	 * @param by who marked it
	 * @param on the day
	 */
	@Transactional
	public void beyondCapacity(Long needId, String reason, String by, LocalDate on) {
		Need need = this.needs.findById(needId).orElseThrow(() -> MatchingNotFoundException.need(needId));
		need.escalate(reason, on);
		Long change = Objects.requireNonNull(
				this.needChanges
					.save(new NeedChange(needId, by, need.getStatus(), need.getStatus(),
							HistoryNote.of("matching.history.beyondCapacity").with(reason)))
					.getId());
		backdate("need_change", "changed_at", change, on);
	}

	/**
	 * Closes a need as met (已满足) on a day.
	 * @param needId the need
	 * @param by who closed it
	 * @param on the day
	 */
	@Transactional
	public void met(Long needId, String by, LocalDate on) {
		Need need = this.needs.findById(needId).orElseThrow(() -> MatchingNotFoundException.need(needId));
		NeedStatus from = need.getStatus();
		need.close(true, null, on);
		Long change = Objects.requireNonNull(
				this.needChanges.save(new NeedChange(needId, by, from, NeedStatus.MET, HistoryNote.NONE)).getId());
		backdate("need_change", "changed_at", change, on);
	}

	/**
	 * Adds a resource.
	 * @param seed the resource
	 * @param by who keeps it
	 * @return its id
	 */
	@Transactional
	public Long resource(ResourceSeed seed, String by) {
		ServiceResource r = new ServiceResource(seed.providerUnitId(), by);
		r.edit(new ServiceResource.Details(seed.title(), seed.description(), category(seed.category()), null,
				seed.areaId(), seed.location(), seed.conditions(), seed.capacityPerYear(), seed.measure(),
				seed.published()));
		return Objects.requireNonNull(this.resources.save(r).getId());
	}

	/**
	 * 点单 of a resource for a need.
	 * @param needId the need
	 * @param resourceId the menu item
	 * @param by who ordered it (and rates it)
	 * @param on the day
	 * @param wanted when it is wanted
	 * @param quantity how much
	 * @param note a note
	 * @return the order's id
	 */
	@Transactional
	public Long order(Long needId, Long resourceId, String by, LocalDate on, LocalDate wanted, BigDecimal quantity,
			@Nullable String note) {
		ServiceOrder order = new ServiceOrder(needId, resourceId, by, on, wanted, quantity, note,
				this.deadlines.dispatch(on), this.deadlines.delivery(on, wanted));
		Long id = Objects.requireNonNull(this.orders.saveAndFlush(order).getId());
		backdate("service_order", "created_at", id, on);
		log(order, null, by, on, HistoryNote.NONE);
		advance(needId, NeedStatus.MATCHED, by, on, HistoryNote.of("matching.history.ordered", id));
		return id;
	}

	/**
	 * 派单 to a provider with the default reply-by date.
	 * @param orderId the order
	 * @param providerUnitId the provider
	 * @param by who dispatched it
	 * @param on the day
	 */
	@Transactional
	public void dispatch(Long orderId, @Nullable Long providerUnitId, String by, LocalDate on) {
		ServiceOrder order = load(orderId);
		OrderStatus from = order.getStatus();
		LocalDate replyBy = this.deadlines.replyBy(on);
		order.dispatch(providerUnitId, replyBy, by, on, this.deadlines.reply(on, replyBy));
		log(order, from, by, on, HistoryNote.NONE);
	}

	/**
	 * 接单 with a planned date.
	 * @param orderId the order
	 * @param planned the planned date
	 * @param by who accepted it
	 * @param on the day
	 */
	@Transactional
	public void accept(Long orderId, LocalDate planned, String by, LocalDate on) {
		ServiceOrder order = load(orderId);
		OrderStatus from = order.getStatus();
		order.accept(planned, on);
		log(order, from, by, on, HistoryNote.of("matching.history.planned", planned));
		advance(order.getNeedId(), NeedStatus.IN_SERVICE, by, on, HistoryNote.of("matching.history.accepted", orderId));
	}

	/**
	 * A decline, back to staff.
	 * @param orderId the order
	 * @param reason why
	 * @param by who declined it
	 * @param on the day
	 */
	@Transactional
	public void decline(Long orderId, String reason, String by, LocalDate on) {
		ServiceOrder order = load(orderId);
		OrderStatus from = order.getStatus();
		order.decline(reason, this.deadlines.dispatch(on));
		log(order, from, by, on, HistoryNote.reason(reason));
	}

	/**
	 * Delivers an accepted order through a held activity of its provider (as the flow
	 * does when the activity is named); its history lines are dated on the activity's
	 * day, by the provider's user.
	 * @param orderId the order
	 * @param activityId the held activity
	 * @param by who named the activity
	 * @param on the day of the activity
	 */
	@Transactional
	public void deliver(Long orderId, Long activityId, String by, LocalDate on) {
		ServiceOrder order = load(orderId);
		long orderChanges = lastId("service_order_change");
		long needChanges = lastId("need_change");
		this.delivery.link(orderId, new OrderForms.DeliveryForm(activityId, order.getVersion()));
		redate("service_order_change", "order_id", orderId, orderChanges, by, on);
		redate("need_change", "need_id", order.getNeedId(), needChanges, by, on);
	}

	/**
	 * 评单.
	 * @param orderId the order
	 * @param rating 1 to 5
	 * @param comment the comment
	 * @param on the day
	 */
	@Transactional
	public void rate(Long orderId, int rating, String comment, LocalDate on) {
		ServiceOrder order = load(orderId);
		OrderStatus from = order.getStatus();
		order.rate(rating, comment, on);
		log(order, from, order.getOrderedBy(), on,
				HistoryNote.of("matching.history.ratedWithComment", rating).with(comment));
	}

	private ServiceOrder load(Long id) {
		return this.orders.findById(id).orElseThrow(() -> MatchingNotFoundException.order(id));
	}

	private Long category(String name) {
		return this.categories.findAllByOrderBySortOrderAscIdAsc()
			.stream()
			.filter((c) -> c.getName().equals(name))
			.map(Category::getId)
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no category " + name));
	}

	private void log(ServiceOrder order, @Nullable OrderStatus from, String by, LocalDate on, HistoryNote note) {
		this.orders.saveAndFlush(order);
		Long change = Objects.requireNonNull(this.changes
			.save(new OrderChange(Objects.requireNonNull(order.getId()), by, from, order.getStatus(), note))
			.getId());
		this.changes.flush();
		backdate("service_order_change", "changed_at", change, on);
	}

	private void advance(Long needId, NeedStatus to, String by, LocalDate on, HistoryNote note) {
		Need need = this.needs.findById(needId).orElseThrow(() -> MatchingNotFoundException.need(needId));
		NeedStatus from = need.getStatus();
		if (need.advanceTo(to)) {
			this.needs.saveAndFlush(need);
			Long change = Objects
				.requireNonNull(this.needChanges.save(new NeedChange(needId, by, from, to, note)).getId());
			this.needChanges.flush();
			backdate("need_change", "changed_at", change, on);
		}
	}

	private long lastId(String table) {
		Long id = this.jdbc.queryForObject("select coalesce(max(id), 0) from " + table, new MapSqlParameterSource(),
				Long.class);
		return (id != null) ? id : 0;
	}

	/** Dates the history lines of one record written after a line on a day. */
	private void redate(String table, String column, Long id, long after, String by, LocalDate on) {
		this.jdbc.update(
				"update " + table + " set changed_at = :at, changed_by = :by where " + column
						+ " = :id and id > :after",
				new MapSqlParameterSource("at",
						java.sql.Timestamp.from(on.atTime(16, 0).atZone(this.clock.getZone()).toInstant()))
					.addValue("by", by)
					.addValue("id", id)
					.addValue("after", after));
	}

	/** Dates a row's timestamp on the given day, at a working hour. */
	private void backdate(String table, String column, Long id, LocalDate on) {
		LocalTime at = LocalTime.of(9, 30).plusMinutes(id % 300);
		this.jdbc.update("update " + table + " set " + column + " = :at where id = :id",
				new MapSqlParameterSource("at",
						java.sql.Timestamp.from(on.atTime(at).atZone(this.clock.getZone()).toInstant()))
					.addValue("id", id));
	}

}
