package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole order flow on PostgreSQL: a liaison publishes a resource, the secretary
 * orders it for a new need, staff dispatch it, the provider declines, staff dispatch it
 * again, the provider accepts and names the delivering activity, the activity is held
 * (the listener delivers the order with the unit's hours), and the secretary rates it.
 * Every transition is in the history; a step posted from the wrong status gets a message
 * (409), a stale page the conflict message, another unit's liaison a 404, the wrong role
 * a 403.
 */
@WebIntegrationTest
class OrderFlowIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	private long version(Long order) {
		return this.jdbc.queryForObject("select version from service_order where id = ?", Long.class, order);
	}

	private String orderStatus(Long order) {
		return this.jdbc.queryForObject("select status from service_order where id = ?", String.class, order);
	}

	private String needStatus(Long order) {
		return this.jdbc.queryForObject(
				"select n.status from need n join service_order o on o.need_id = n.id" + " where o.id = ?",
				String.class, order);
	}

	@Test
	void shouldRunTheWholeFlowWithADeclineAndARedispatch() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long area = this.users.scopeOrganisationOf("secretary");
		Long category = this.jdbc.queryForObject("select id from matching_category where name = '为老'", Long.class);
		String title = "助老理发-" + System.nanoTime();
		LocalDate today = LocalDate.now();

		// the liaison keeps their unit's resource and publishes it
		this.mvc
			.perform(post("/matching/resources/new").with(this.users.as("liaison"))
				.with(csrf())
				.param("title", title)
				.param("categoryId", category.toString())
				.param("capacityPerYear", "12")
				.param("measure", "SESSIONS")
				.param("published", "true"))
			.andExpect(status().is3xxRedirection());
		Long resource = this.jdbc.queryForObject("select id from service_resource where title = ?", Long.class, title);
		assertThat(this.jdbc.queryForObject("select provider_unit_id from service_resource where id = ?", Long.class,
				resource))
			.isEqualTo(unit);
		this.mvc.perform(get("/menu").with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));

		// 点单: the secretary orders it for a new need of their area; more than is left is
		// refused
		this.mvc
			.perform(post("/matching/orders/new").with(this.users.as("secretary"))
				.with(csrf())
				.param("resourceId", resource.toString())
				.param("newNeedTitle", "老人上门理发")
				.param("newNeedAreaId", area.toString())
				.param("wantedDate", today.plusDays(20).toString())
				.param("quantity", "13"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("超出本年剩余可提供量")));
		this.mvc
			.perform(post("/matching/orders/new").with(this.users.as("secretary"))
				.with(csrf())
				.param("resourceId", resource.toString())
				.param("newNeedTitle", "老人上门理发")
				.param("newNeedAreaId", area.toString())
				.param("wantedDate", today.plusDays(20).toString())
				.param("quantity", "2")
				.param("note", "周二上午"))
			.andExpect(status().is3xxRedirection());
		Long order = this.jdbc.queryForObject("select id from service_order where resource_id = ?", Long.class,
				resource);
		assertThat(orderStatus(order)).isEqualTo("ORDERED");
		assertThat(needStatus(order)).isEqualTo("MATCHED");
		assertThat(
				this.jdbc.queryForObject("select dispatch_due from service_order where id = ?", LocalDate.class, order))
			.isAfter(today);

		// an invalid step posted by hand: a message, not a 500
		this.mvc
			.perform(post("/matching/orders/" + order + "/accept").with(this.users.as("staff"))
				.with(csrf())
				.param("plannedDate", today.plusDays(5).toString())
				.param("version", Long.toString(version(order))))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("不能接单")));
		// the liaison sees nothing before it is dispatched to their unit; a secretary may
		// not dispatch
		this.mvc.perform(get("/matching/orders/" + order).with(this.users.as("liaison")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/matching/orders/" + order + "/dispatch").with(this.users.as("secretary"))
				.with(csrf())
				.param("providerUnitId", unit.toString())
				.param("replyBy", today.plusDays(5).toString())
				.param("version", Long.toString(version(order))))
			.andExpect(status().isForbidden());

		// 派单 to the provider, preset from the item
		this.mvc.perform(get("/matching/orders/" + order).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"" + unit + "\" selected=\"selected\"")));
		long stale = version(order);
		dispatch(order, unit, today);
		assertThat(orderStatus(order)).isEqualTo("DISPATCHED");
		// the same page posted again: the conflict message
		this.mvc
			.perform(post("/matching/orders/" + order + "/dispatch").with(this.users.as("staff"))
				.with(csrf())
				.param("providerUnitId", unit.toString())
				.param("replyBy", today.plusDays(5).toString())
				.param("version", Long.toString(stale)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"action-error\"")));
		// another unit's liaison: 404
		this.mvc.perform(get("/matching/orders/" + order).with(this.users.as("liaison2")))
			.andExpect(status().isNotFound());

		// the provider declines: back to staff, who dispatch it again
		this.mvc
			.perform(post("/matching/orders/" + order + "/decline").with(this.users.as("liaison"))
				.with(csrf())
				.param("reason", "")
				.param("version", Long.toString(version(order))))
			.andExpect(status().isOk());
		assertThat(orderStatus(order)).isEqualTo("DISPATCHED");
		this.mvc
			.perform(post("/matching/orders/" + order + "/decline").with(this.users.as("liaison"))
				.with(csrf())
				.param("reason", "本周人手不足")
				.param("version", Long.toString(version(order))))
			.andExpect(status().is3xxRedirection());
		assertThat(orderStatus(order)).isEqualTo("DECLINED");
		dispatch(order, unit, today);
		assertThat(orderStatus(order)).isEqualTo("DISPATCHED");

		// 接单 with a planned date
		this.mvc
			.perform(post("/matching/orders/" + order + "/accept").with(this.users.as("liaison"))
				.with(csrf())
				.param("plannedDate", today.plusDays(10).toString())
				.param("version", Long.toString(version(order))))
			.andExpect(status().is3xxRedirection());
		assertThat(orderStatus(order)).isEqualTo("ACCEPTED");
		assertThat(needStatus(order)).isEqualTo("IN_SERVICE");

		// delivery: an activity of the unit, named on the order, then held
		Long activity = plannedActivity(unit);
		this.mvc
			.perform(post("/matching/orders/" + order + "/delivery").with(this.users.as("liaison"))
				.with(csrf())
				.param("activityId", activity.toString())
				.param("version", Long.toString(version(order))))
			.andExpect(status().is3xxRedirection());
		assertThat(orderStatus(order)).isEqualTo("ACCEPTED");
		markHeld(activity, unit);
		await().untilAsserted(() -> assertThat(orderStatus(order)).isEqualTo("DELIVERED"));
		assertThat(this.jdbc.queryForObject("select hours from service_order where id = ?", BigDecimal.class, order))
			.isEqualByComparingTo("6");
		assertThat(
				this.jdbc.queryForObject("select people_served from service_order where id = ?", Integer.class, order))
			.isEqualTo(30);
		assertThat(needStatus(order)).isEqualTo("MET");

		// 评单: only the orderer, from 1 to 5
		this.mvc
			.perform(post("/matching/orders/" + order + "/rate").with(this.users.as("liaison"))
				.with(csrf())
				.param("rating", "5")
				.param("version", Long.toString(version(order))))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/matching/orders/" + order + "/rate").with(this.users.as("secretary"))
				.with(csrf())
				.param("rating", "6")
				.param("version", Long.toString(version(order))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("评分应在 1 到 5 之间")));
		this.mvc
			.perform(post("/matching/orders/" + order + "/rate").with(this.users.as("secretary"))
				.with(csrf())
				.param("rating", "4")
				.param("comment", "师傅很耐心")
				.param("version", Long.toString(version(order))))
			.andExpect(status().is3xxRedirection());
		assertThat(orderStatus(order)).isEqualTo("RATED");

		List<String> history = this.jdbc.queryForList(
				"select coalesce(from_status, '-') || '>' || to_status from service_order_change where order_id = ?"
						+ " order by changed_at, id",
				String.class, order);
		assertThat(history).containsExactly("->ORDERED", "ORDERED>DISPATCHED", "DISPATCHED>DECLINED",
				"DECLINED>DISPATCHED", "DISPATCHED>ACCEPTED", "ACCEPTED>ACCEPTED", "ACCEPTED>DELIVERED",
				"DELIVERED>RATED");
		this.mvc.perform(get("/matching/orders/" + order).with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本周人手不足")))
			.andExpect(content().string(containsString("师傅很耐心")));
		this.mvc.perform(get("/menu").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("评分")));
	}

	@Test
	void shouldTakeTheDeliveryBackWhenTheActivityIsReopenedOrCancelled() throws Exception {
		Long unit = this.users.scopeUnitOf("liaison");
		Long area = this.users.scopeOrganisationOf("secretary");
		Long category = this.jdbc.queryForObject("select id from matching_category where name = '为老'", Long.class);
		LocalDate today = LocalDate.now();
		Long resource = this.jdbc.queryForObject("""
				insert into service_resource (title, category_id, provider_unit_id, capacity_per_year, measure,
				                              published)
				values (?, ?, ?, 12, 'SESSIONS', true) returning id""", Long.class, "撤销交付-" + System.nanoTime(),
				category, unit);
		Long need = this.jdbc.queryForObject("""
				insert into need (title, category_id, area_id, raised_by_kind, raised_by_org_id, direction, quantity,
				                  measure, status)
				values ('撤销交付的需求', ?, ?, 'ORGANISATION', ?, 'TO_COMMUNITY', 2, 'SESSIONS', 'IN_SERVICE')
				returning id""", Long.class, category, area, area);
		Long order = this.jdbc.queryForObject("""
				insert into service_order (need_id, resource_id, ordered_by, ordered_on, wanted_date, quantity, status,
				                           provider_unit_id, dispatched_on, accepted_on, planned_date)
				values (?, ?, 'secretary', ?, ?, 2, 'ACCEPTED', ?, ?, ?, ?) returning id""", Long.class, need, resource,
				today.minusDays(5), today.plusDays(10), unit, today.minusDays(4), today.minusDays(3), today);
		Long activity = plannedActivity(unit);
		this.mvc
			.perform(post("/matching/orders/" + order + "/delivery").with(this.users.as("liaison"))
				.with(csrf())
				.param("activityId", activity.toString())
				.param("version", Long.toString(version(order))))
			.andExpect(status().is3xxRedirection());
		markHeld(activity, unit);
		await().untilAsserted(() -> assertThat(orderStatus(order)).isEqualTo("DELIVERED"));
		assertThat(needStatus(order)).isEqualTo("MET");

		// reopened: back to 接单, the need in service again, both in the history
		activityStep(activity, "reopen");
		await().untilAsserted(() -> assertThat(orderStatus(order)).isEqualTo("ACCEPTED"));
		assertThat(needStatus(order)).isEqualTo("IN_SERVICE");
		assertThat(this.jdbc.queryForMap("select hours, delivered_on from service_order where id = ?", order))
			.containsEntry("hours", null)
			.containsEntry("delivered_on", null);
		assertThat(this.jdbc.queryForObject(
				"select note_key from service_order_change where order_id = ? order by changed_at desc, id desc limit 1",
				String.class, order))
			.isEqualTo("matching.history.deliveryUndone.reopened");
		assertThat(this.jdbc.queryForList(
				"select from_status || '>' || to_status from need_change where need_id = ? order by changed_at, id",
				String.class, need))
			.containsSubsequence("IN_SERVICE>MET", "MET>IN_SERVICE");

		// held again: delivered again; then cancelled: taken back again
		markHeld(activity, unit);
		await().untilAsserted(() -> assertThat(orderStatus(order)).isEqualTo("DELIVERED"));
		assertThat(needStatus(order)).isEqualTo("MET");
		activityStep(activity, "cancel");
		await().untilAsserted(() -> assertThat(orderStatus(order)).isEqualTo("ACCEPTED"));
		assertThat(needStatus(order)).isEqualTo("IN_SERVICE");
		assertThat(this.jdbc
			.queryForList("select from_status || '>' || to_status from service_order_change where order_id = ?"
					+ " order by changed_at, id", String.class, order))
			.containsSubsequence("ACCEPTED>DELIVERED", "DELIVERED>ACCEPTED", "ACCEPTED>DELIVERED",
					"DELIVERED>ACCEPTED");
		this.mvc.perform(get("/matching/orders/" + order).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("交付撤销")));
	}

	private void activityStep(Long activity, String step) throws Exception {
		long version = this.jdbc.queryForObject("select version from activity where id = ?", Long.class, activity);
		this.mvc
			.perform(post("/activities/" + activity + "/" + step).with(this.users.as("staff"))
				.with(csrf())
				.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
	}

	private void dispatch(Long order, Long unit, LocalDate today) throws Exception {
		this.mvc
			.perform(post("/matching/orders/" + order + "/dispatch").with(this.users.as("staff"))
				.with(csrf())
				.param("providerUnitId", unit.toString())
				.param("replyBy", today.plusDays(5).toString())
				.param("version", Long.toString(version(order))))
			.andExpect(status().is3xxRedirection());
	}

	private Long plannedActivity(Long unit) throws Exception {
		String title = "上门理发服务-" + System.nanoTime();
		Long org = this.users.scopeOrganisationOf("secretary");
		LocalDateTime start = LocalDateTime.now().minusHours(3).withSecond(0).withNano(0);
		this.mvc
			.perform(post("/activities/new").with(this.users.as("staff"))
				.with(csrf())
				.param("title", title)
				.param("type", "VOLUNTEER")
				.param("start", start.toString())
				.param("end", start.plusHours(2).toString())
				.param("organiserOrgId", org.toString())
				.param("partnerUnitIds", unit.toString())
				.param("version", "0"))
			.andExpect(status().is3xxRedirection());
		return this.jdbc.queryForObject("select id from activity where title = ?", Long.class, title);
	}

	private void markHeld(Long activity, Long unit) throws Exception {
		long version = this.jdbc.queryForObject("select version from activity where id = ?", Long.class, activity);
		this.mvc
			.perform(multipart("/activities/" + activity + "/held").with(this.users.as("staff"))
				.with(csrf())
				.param("residentsServed", "30")
				.param("units[0].unitId", unit.toString())
				.param("units[0].volunteers", "3")
				.param("units[0].hours", "6")
				.param("version", Long.toString(version)))
			.andExpect(status().is3xxRedirection());
	}

}
