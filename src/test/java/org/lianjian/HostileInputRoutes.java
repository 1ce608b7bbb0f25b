package org.lianjian;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link HostileInputTests} needs to know about particular form routes: who posts
 * them, the records their paths name, the state those records must be in, and the values
 * that make their forms valid or read saved values back.
 */
final class HostileInputRoutes {

	/** Who posts: the first of these for whom the form page renders the form. */
	static final List<String> USERS = List.of("staff", "admin", "secretary", "liaison");

	/** Form routes that are not fuzzed, and why. Keep it short. */
	static final Map<String, String> EXCLUDED = Map.of("POST /account/password",
			"passwords are hashed, never stored or shown as typed, and a successful change signs the demo account out");

	/**
	 * Real ids for the path variables of each form route: one column per variable, for a
	 * record the route accepts in its current state. {@code :user} is the poster.
	 */
	static final Map<String, String> IDS = Map.ofEntries(Map.entry("POST /structure/organisations/{id}/edit",
			"select id from organisation where status = 'ACTIVE' and parent_id is not null order by id limit 1"),
			Map.entry("POST /structure/organisations/{id}/move",
					"select id from organisation o where status = 'ACTIVE' and parent_id is not null and structure_role is null"
							+ " order by id limit 1"),
			Map.entry("POST /structure/organisations/{id}/retire",
					"select id from organisation o where status = 'ACTIVE' and parent_id is not null and structure_role is null"
							+ " and not exists (select 1 from organisation c where c.parent_id = o.id) order by id limit 1"),
			Map.entry("POST /structure/organisations/{id}/memberships",
					"select id from organisation where status = 'ACTIVE' order by (type = 'CO_GOVERNANCE_COMMITTEE') desc, id limit 1"),
			Map.entry("POST /activities/{id}/edit",
					"select id from activity where status = 'PLANNED' order by id limit 1"),
			Map.entry("POST /activities/{id}/held",
					"select id from activity where status in ('PLANNED', 'HELD') and start_at < now()"
							+ " order by (status = 'PLANNED') desc, id desc limit 1"),
			Map.entry("POST /activities/festivals/{id}/edit", "select id from festival_template order by id limit 1"),
			Map.entry("POST /positions/{id}/edit", "select id from position order by id limit 1"),
			Map.entry("POST /positions/{id}/book", "select id from position order by id limit 1"),
			Map.entry("POST /agreements/{id}/edit",
					"select id from agreement where status = 'DRAFT' order by id limit 1"),
			Map.entry("POST /agreements/{id}/approve",
					"select id from agreement where status = 'SUBMITTED' order by id limit 1"),
			Map.entry("POST /agreements/{id}/send-back",
					"select id from agreement where status = 'SUBMITTED' order by id limit 1"),
			Map.entry("POST /agreements/{id}/terminate",
					"select id from agreement where status = 'ACTIVE' order by id limit 1"),
			Map.entry("POST /agreements/{id}/renew",
					"select id from agreement where status in ('ACTIVE', 'EXPIRED') order by id limit 1"),
			Map.entry("POST /agreements/{id}/fulfilments", "select id from agreement a where status = 'ACTIVE'"
					+ " and exists (select 1 from commitment c where c.agreement_id = a.id) order by id limit 1"),
			Map.entry("POST /agreements/{agreementId}/commitments/{commitmentId}/deliver",
					"select a.id as \"agreementId\", c.id as \"commitmentId\" from agreement a"
							+ " join commitment c on c.agreement_id = a.id where a.status = 'ACTIVE' order by a.id, c.id limit 1"),
			Map.entry("POST /matching/needs/{id:\\d+}/edit", "select max(id) as id from need where status = 'OPEN'"),
			Map.entry("POST /matching/needs/{id:\\d+}/close", "select max(id) as id from need where status = 'OPEN'"),
			Map.entry("POST /matching/needs/{id:\\d+}/escalate",
					"select max(id) as id from need where status = 'OPEN'"),
			Map.entry("POST /matching/resources/{id:\\d+}/edit", "select max(id) as id from service_resource"),
			Map.entry("POST /matching/needs/{id:\\d+}/suggestions/{resourceId:\\d+}/dispatch",
					"select (select max(id) from need where status = 'OPEN') as id,"
							+ " (select max(id) from service_resource where published) as \"resourceId\""),
			Map.entry("POST /matching/categories/{id:\\d+}/edit", "select min(id) as id from matching_category"),
			Map.entry("POST /matching/orders/{id:\\d+}/dispatch", "select max(id) as id from service_order"),
			Map.entry("POST /matching/orders/{id:\\d+}/accept", "select max(id) as id from service_order"),
			Map.entry("POST /matching/orders/{id:\\d+}/decline", "select max(id) as id from service_order"),
			Map.entry("POST /matching/orders/{id:\\d+}/delivery", "select max(id) as id from service_order"),
			Map.entry("POST /matching/orders/{id:\\d+}/rate", "select max(id) as id from service_order"),
			Map.entry("POST /matching/orders/{id:\\d+}/cancel", "select max(id) as id from service_order"),
			Map.entry("POST /admin/accounts/{id}/edit", "select id from user_account where username = 'liaison2'"),
			Map.entry("POST /admin/holidays/{id}/edit", "select id from holiday_day order by day desc limit 1"),
			Map.entry("POST /units/{id}/edit",
					"select id from resident_unit where status = 'ACTIVE' order by id limit 1"),
			Map.entry("POST /units/{id}/liaisons",
					"select id from resident_unit where status = 'ACTIVE' order by id limit 1"),
			Map.entry("POST /units/{id}/liaisons/handover",
					"select unit_id as id from liaison where end_date is null order by unit_id limit 1"),
			Map.entry("POST /units/{id}/my-edit",
					"select scope_unit_id as id from user_account where username = :user and scope_unit_id is not null"),
			Map.entry("POST /units/{id}/change-requests/new",
					"select scope_unit_id as id from user_account where username = :user and scope_unit_id is not null"),
			Map.entry("POST /units/requests/{requestId}/reject",
					"select id as \"requestId\" from unit_change_request where status = 'PENDING' order by id limit 1"),
			Map.entry("POST /projects/brands/{id:\\d+}",
					"select id from project_brand where not retired order by id limit 1"),
			Map.entry("POST /projects/{id:\\d+}/edit",
					"select id from service_project where status in ('PREPARING', 'ACTIVE') order by id limit 1"),
			Map.entry("POST /evaluations/{year:\\d{4}}/criteria",
					"select year from evaluation_round r where status = 'OPEN' and not exists"
							+ " (select 1 from evaluation_sheet s where s.round_id = r.id) order by year limit 1"),
			Map.entry("POST /evaluations/{year:\\d{4}}/min-score",
					"select year from evaluation_round where status = 'OPEN' order by year limit 1"),
			Map.entry("POST /evaluations/{year:\\d{4}}/reopen",
					"select year from evaluation_round where status = 'CLOSED' order by year desc limit 1"),
			Map.entry("POST /evaluations/{year:\\d{4}}/units/{unitId:\\d+}",
					"with recursive area(id) as (select scope_organisation_id from user_account where username = :user"
							+ " union select o.id from organisation o join area on o.parent_id = area.id)"
							+ " select r.year, u.id as \"unitId\" from evaluation_round r, resident_unit u"
							+ " where r.status = 'OPEN' and u.status = 'ACTIVE' and u.residential_area_id in (select id from area)"
							+ " order by r.year, u.id limit 1"),
			Map.entry("POST /evaluations/{year:\\d{4}}/units/{unitId:\\d+}/response",
					"select r.year, s.unit_id as \"unitId\" from evaluation_round r"
							+ " join evaluation_sheet s on s.round_id = r.id"
							+ " join user_account a on a.scope_unit_id = s.unit_id and a.username = :user"
							+ " where r.status = 'PUBLISHED' order by r.year desc limit 1"),
			Map.entry("POST /reports/annual/{year:\\d{4}}/measures",
					"select cast(extract(year from current_date) as integer) as year"));

	/**
	 * Who posts a route, where the first of {@link #USERS} that sees the form is not the
	 * one the route is meant for.
	 */
	static final Map<String, String> USER = Map.of("POST /evaluations/{year:\\d{4}}/reopen", "admin",
			"POST /evaluations/{year:\\d{4}}/units/{unitId:\\d+}", "secretary",
			"POST /evaluations/{year:\\d{4}}/units/{unitId:\\d+}/response", "liaison");

	/**
	 * Statements run at the start of every rolled-back transaction of a route (finding
	 * its form, making it valid, each submission), to put a record in the state the route
	 * needs when the demo data has none.
	 */
	/** Opens the newest evaluation round again when no round is open. */
	private static final String OPEN_ROUND = "update evaluation_round set status = 'OPEN', closed_at = null,"
			+ " published_at = null where not exists (select 1 from evaluation_round where status = 'OPEN')"
			+ " and id = (select id from evaluation_round order by year desc limit 1)";

	static final Map<String, List<String>> SETUP = withMatching(Map.of(
			// criteria can be edited only while nothing is scored (in an open round:
			// other
			// test classes close the demo's open round, and the order of classes varies)
			"POST /evaluations/{year:\\d{4}}/criteria",
			List.of(OPEN_ROUND,
					"delete from evaluation_sheet where round_id in (select id from evaluation_round where status = 'OPEN')"),
			"POST /evaluations/{year:\\d{4}}/min-score", List.of(OPEN_ROUND),
			"POST /evaluations/{year:\\d{4}}/units/{unitId:\\d+}", List.of(OPEN_ROUND),
			// only a closed round can be reopened; the demo rounds are open or published
			"POST /evaluations/{year:\\d{4}}/reopen",
			List.of("update evaluation_round set status = 'CLOSED', published_at = null where status = 'PUBLISHED'"),
			// the demo data decides every change request; the same id in every
			// transaction
			"POST /units/requests/{requestId}/reject",
			List.of("insert into unit_change_request (id, unit_id, field, current_value, proposed_value, requested_by)"
					+ " select (select coalesce(max(id), 0) + 1 from unit_change_request), id, 'NAME', name,"
					+ " name || '（新）', 'liaison' from resident_unit where status = 'ACTIVE' order by id limit 1")));

	/**
	 * Base values that replace what a form renders, where the rendered value cannot be
	 * saved (by route, then field name).
	 */
	static final Map<String, Map<String, String>> BASE = Map.of(
			// the form proposes this year, which already has a round
			"POST /evaluations", Map.of("year", "2099"),
			// the form proposes the next free hour, which a demo booking may hold: a
			// Monday two years ahead is free
			"POST /positions/{id}/book",
			Map.of("day", LocalDate.now().plusYears(2).with(DayOfWeek.MONDAY).toString(), "startsAt", "10:00", "endsAt",
					"11:00"),
			// a year with no schedule: a Thursday off, and a holiday with a make-up
			// Sunday
			"POST /admin/holidays/new", Map.of("day", "2099-01-01", "name", "元旦", "notice", "测试通知"),
			"POST /admin/holidays/notice", Map.of("notice", "测试通知", "name", "国庆节", "firstDay", "2099-10-01", "lastDay",
					"2099-10-03", "makeupDays", "2099-09-27"));

	/**
	 * Valid values for required fields that a "new" form leaves empty (by field name, the
	 * part after the last dot). {@code {first}} picks the first option or checkbox.
	 */
	static final Map<String, String> VALID = Map.ofEntries(Map.entry("title", "邻里节测试"), Map.entry("name", "测试名称"),
			Map.entry("description", "每季度一次联合志愿服务"), Map.entry("purpose", "党员学习会"), Map.entry("reason", "材料不全，请补充"),
			Map.entry("username", "fuzzer01"), Map.entry("displayName", "测试用户"), Map.entry("residentsServed", "30"),
			Map.entry("personName", "王晓明"), Map.entry("weight", "10"), Map.entry("score", "85"),
			Map.entry("hours", "1"), Map.entry("response", "感谢评议，我们将继续改进"), Map.entry("proposedValue", "测试单位新名称"),
			Map.entry("targetQuantity", "12"), Map.entry("quantity", "1"), Map.entry("capacityPerYear", "12"),
			Map.entry("newNeedTitle", "模糊测试新需求"));

	/**
	 * Date fields whose blank value means a default that the form documents (see
	 * {@code UnitForm}): the stored start day or the day of registration, and the stored
	 * day of joining or today.
	 */
	static final Map<String, Set<String>> BLANK_MEANS_DEFAULT = Map.of("POST /units/new",
			Set.of("effectiveFrom", "coordinationMemberSince"), "POST /units/{id}/edit",
			Set.of("effectiveFrom", "coordinationMemberSince"), "POST /admin/holidays/notice", Set.of("makeupDays"));

	/**
	 * Where a saved value appears in no form (a list, a week view, a sentence), the SQL
	 * that reads it back, by route, with columns named like the form's fields.
	 * {@code :id} is the first id in the posted path; without it the newest row is read.
	 * The value compares as a form's would (numbers by value, a blank as null).
	 */
	static final Map<String, String> READ_BACK = Map.ofEntries(
			Map.entry("POST /matching/needs/{id:\\d+}/close", "select close_reason as reason from need where id = :id"),
			Map.entry("POST /matching/needs/{id:\\d+}/escalate",
					"select beyond_capacity_reason as reason from need where id = :id"),
			Map.entry("POST /matching/resources/new",
					"select title, description, location, conditions, capacity_per_year as \"capacityPerYear\""
							+ " from service_resource order by id desc limit 1"),
			Map.entry("POST /matching/categories",
					"select name, sort_order as \"sortOrder\" from matching_category order by id desc limit 1"),
			Map.entry("POST /matching/orders/new",
					"select o.wanted_date as \"wantedDate\", o.quantity, o.note from service_order o order by o.id desc limit 1"),
			Map.entry("POST /matching/orders/{id:\\d+}/dispatch",
					"select reply_by as \"replyBy\" from service_order where id = :id"),
			Map.entry("POST /matching/orders/{id:\\d+}/accept",
					"select planned_date as \"plannedDate\" from service_order where id = :id"),
			Map.entry("POST /matching/orders/{id:\\d+}/decline",
					"select decline_reason as reason from service_order where id = :id"),
			Map.entry("POST /matching/orders/{id:\\d+}/rate",
					"select rating, rating_comment as comment from service_order where id = :id"),
			Map.entry("POST /matching/orders/{id:\\d+}/cancel",
					"select cancel_reason as reason from service_order where id = :id"),
			Map.entry("POST /activities/festivals",
					"select month, day from festival_template order by id desc limit 1"),
			Map.entry("POST /agreements/{id}/fulfilments",
					"select quantity, happened_on as \"happenedOn\" from fulfilment order by id desc limit 1"),
			Map.entry("POST /agreements/{agreementId}/commitments/{commitmentId}/deliver",
					"select quantity, happened_on as \"happenedOn\", description from fulfilment order by id desc limit 1"),
			Map.entry("POST /agreements/{id}/approve",
					"select signed_on as \"signedOn\" from agreement where id = :id"),
			Map.entry("POST /pairings",
					"select start_date as \"startDate\", end_date as \"endDate\", note from pairing"
							+ " order by id desc limit 1"),
			Map.entry("POST /structure/organisations/{id}/memberships",
					"select valid_from as \"validFrom\" from membership order by id desc limit 1"),
			Map.entry("POST /structure/organisations/{id}/retire",
					"select retired_on as \"retiredOn\" from organisation where id = :id"),
			Map.entry("POST /units/{id}/liaisons",
					"select position, department, phone, email, start_date as \"startDate\" from liaison"
							+ " order by id desc limit 1"),
			Map.entry("POST /units/{id}/liaisons/handover",
					"select start_date as \"startDate\" from liaison order by id desc limit 1"),
			Map.entry("POST /units/new",
					"select status_date as \"statusDate\", effective_from as \"effectiveFrom\""
							+ " from resident_unit order by id desc limit 1"),
			Map.entry("POST /units/{id}/edit",
					"select status_date as \"statusDate\" from resident_unit where id = :id"),
			Map.entry("POST /admin/holidays/new", "select day, name, notice from holiday_day order by id desc limit 1"),
			Map.entry("POST /admin/holidays/notice",
					"select notice, name, min(day) filter (where kind = 'HOLIDAY') as \"firstDay\","
							+ " max(day) filter (where kind = 'HOLIDAY') as \"lastDay\","
							+ " string_agg(cast(day as text), ', ' order by day) filter (where kind = 'MAKEUP_WORKDAY')"
							+ " as \"makeupDays\" from holiday_day group by notice, name order by max(id) desc limit 1"));

	/** A need of the secretary's area and a published resource of the liaison's unit. */
	private static List<String> matchingNeedAndResource() {
		return List.of(
				"insert into need (id, title, category_id, area_id, raised_by_kind, raised_by_org_id, direction, quantity,"
						+ " measure) select (select coalesce(max(id), 0) + 1000000 from need), '模糊测试需求',"
						+ " (select min(id) from matching_category), a.scope_organisation_id, 'ORGANISATION',"
						+ " a.scope_organisation_id, 'TO_COMMUNITY', 5, 'SESSIONS' from user_account a where a.username = 'secretary'",
				"insert into service_resource (id, title, category_id, provider_unit_id, capacity_per_year, measure, published)"
						+ " select (select coalesce(max(id), 0) + 1000000 from service_resource), '模糊测试资源',"
						+ " (select min(id) from matching_category), a.scope_unit_id, 100, 'SESSIONS', true"
						+ " from user_account a where a.username = 'liaison'");
	}

	/**
	 * The demo data has no orders: each order step's route gets one in the status it
	 * starts from, ordered by the secretary and dispatched to the liaison's unit, with
	 * the same id in every transaction.
	 */
	private static List<String> matchingOrder(String status) {
		List<String> statements = new java.util.ArrayList<>(matchingNeedAndResource());
		statements
			.add("insert into service_order (id, need_id, resource_id, ordered_by, ordered_on, wanted_date, quantity,"
					+ " status, provider_unit_id, dispatch_due, dispatch_red, reply_due, reply_red, delivery_due, delivery_red)"
					+ " select (select coalesce(max(id), 0) + 1000000 from service_order), (select max(id) from need),"
					+ " (select max(id) from service_resource), 'secretary', current_date, current_date + 30, 1, '"
					+ status
					+ "', a.scope_unit_id, current_date + 3, current_date + 6, current_date + 5, current_date + 10,"
					+ " current_date + 30, current_date + 60 from user_account a where a.username = 'liaison'");
		return statements;
	}

	private static Map<String, List<String>> withMatching(Map<String, List<String>> others) {
		Map<String, List<String>> all = new java.util.HashMap<>(others);
		all.put("POST /matching/needs/{id:\\d+}/edit", matchingNeedAndResource());
		all.put("POST /matching/needs/{id:\\d+}/close", matchingNeedAndResource());
		all.put("POST /matching/needs/{id:\\d+}/escalate", matchingNeedAndResource());
		all.put("POST /matching/resources/{id:\\d+}/edit", matchingNeedAndResource());
		all.put("POST /matching/orders/new", matchingNeedAndResource());
		all.put("POST /matching/needs/{id:\\d+}/suggestions/{resourceId:\\d+}/dispatch", matchingNeedAndResource());
		all.put("POST /matching/orders/{id:\\d+}/dispatch", matchingOrder("ORDERED"));
		all.put("POST /matching/orders/{id:\\d+}/accept", matchingOrder("DISPATCHED"));
		all.put("POST /matching/orders/{id:\\d+}/decline", matchingOrder("DISPATCHED"));
		all.put("POST /matching/orders/{id:\\d+}/delivery", matchingOrder("ACCEPTED"));
		all.put("POST /matching/orders/{id:\\d+}/rate", matchingOrder("DELIVERED"));
		all.put("POST /matching/orders/{id:\\d+}/cancel", matchingOrder("ORDERED"));
		return Map.copyOf(all);
	}

	private HostileInputRoutes() {
	}

}
