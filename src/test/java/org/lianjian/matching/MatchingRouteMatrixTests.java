package org.lianjian.matching;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.lianjian.support.RouteRoleMatrix;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.lianjian.support.RouteRoleMatrix.LOGIN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * The matching routes for an anonymous visitor and each role: a liaison sees their unit's
 * resources and needs and the orders dispatched to their unit, a secretary their area's
 * needs and orders, staff and admins everything; anything else by id is 404, a step the
 * role may not take 403. Write routes are posted with input that changes nothing.
 */
@WebIntegrationTest
class MatchingRouteMatrixTests {

	private static final String[] ALL = { "admin", "staff", "secretary", "liaison", "liaison2" };

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	private Long insert(String sql, Object... args) {
		return this.jdbc.queryForObject(sql + " returning id", Long.class, args);
	}

	@Test
	void shouldAnswerEachRoleAsDesigned() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long otherArea = this.jdbc.queryForObject(
				"select min(id) from organisation where type = 'RESIDENTIAL_PARTY_ORG' and id <> ?", Long.class, area);
		Long unit = this.users.scopeUnitOf("liaison");
		Long unit2 = this.users.scopeUnitOf("liaison2");
		Long category = this.jdbc.queryForObject("select min(id) from matching_category", Long.class);
		LocalDate today = LocalDate.now();
		Long areaNeed = insert(
				"insert into need (title, category_id, area_id, raised_by_kind, raised_by_org_id, direction,"
						+ " quantity, measure) values ('矩阵：居民区需求', ?, ?, 'ORGANISATION', ?, 'TO_COMMUNITY', 4, 'SESSIONS')",
				category, area, area);
		Long unitNeed = insert(
				"insert into need (title, category_id, area_id, raised_by_kind, raised_by_unit_id, direction,"
						+ " quantity, measure) values ('矩阵：单位需求', ?, ?, 'UNIT', ?, 'TO_UNIT', 1, 'SESSIONS')",
				category, otherArea, unit2);
		Long resource = insert("insert into service_resource (title, category_id, provider_unit_id, capacity_per_year,"
				+ " measure, published) values ('矩阵：资源', ?, ?, 12, 'SESSIONS', false)", category, unit);
		Long order = insert(
				"insert into service_order (need_id, resource_id, ordered_by, ordered_on, wanted_date, quantity,"
						+ " status, provider_unit_id, dispatched_on, reply_by, dispatch_due, dispatch_red, reply_due, reply_red,"
						+ " delivery_due, delivery_red) values (?, ?, 'secretary', ?, ?, 1, 'DISPATCHED', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				areaNeed, resource, today, today.plusDays(10), unit, today, today.plusDays(5), today.plusDays(3),
				today.plusDays(6), today.plusDays(5), today.plusDays(10), today.plusDays(10), today.plusDays(20));
		String needPath = "/matching/needs/" + areaNeed;
		String orderPath = "/matching/orders/" + order;
		RouteRoleMatrix m = new RouteRoleMatrix(this.mvc, this.users);

		m.route(GET, "/menu").anonymous(LOGIN).expect(200, ALL);
		m.route(GET, "/menu").param("category", "x").expect(200, "staff");
		m.route(GET, "/matching/needs").anonymous(LOGIN).expect(200, ALL);
		m.route(GET, needPath)
			.anonymous(LOGIN)
			.expect(200, "admin", "staff", "secretary")
			.expect(404, "liaison", "liaison2");
		m.route(GET, needPath + "/edit").expect(200, "admin", "staff", "secretary").expect(404, "liaison", "liaison2");
		m.route(GET, "/matching/needs/" + unitNeed)
			.expect(200, "admin", "staff", "liaison2")
			.expect(404, "secretary", "liaison");
		m.route(GET, "/matching/needs/987654321").expect(404, ALL);
		m.route(GET, "/matching/needs/new").anonymous(LOGIN).expect(200, ALL);
		m.route(POST, "/matching/needs/new").anonymous(LOGIN).expect(200, ALL);
		m.route(POST, needPath + "/close")
			.param("met", "true")
			.param("version", "-1")
			.expect(409, "staff", "secretary")
			.expect(404, "liaison");
		m.route(POST, needPath + "/escalate")
			.param("version", "-1")
			.expect(409, "staff")
			.expect(403, "secretary")
			.expect(404, "liaison");

		m.route(GET, "/matching/resources").anonymous(LOGIN).expect(200, ALL);
		m.route(GET, "/matching/resources/new").expect(200, "admin", "staff", "liaison").expect(403, "secretary");
		m.route(POST, "/matching/resources/new").expect(200, "staff", "liaison").expect(403, "secretary");
		m.route(GET, "/matching/resources/" + resource + "/edit")
			.expect(200, "admin", "staff", "liaison")
			.expect(404, "secretary", "liaison2");

		m.route(GET, "/matching/orders").anonymous(LOGIN).expect(200, ALL);
		m.route(GET, orderPath)
			.anonymous(LOGIN)
			.expect(200, "admin", "staff", "secretary", "liaison")
			.expect(404, "liaison2");
		m.route(GET, "/matching/orders/987654321").expect(404, ALL);
		m.route(GET, "/matching/orders/new")
			.expect(200, "admin", "staff", "secretary")
			.expect(403, "liaison", "liaison2");
		m.route(POST, "/matching/orders/new").expect(200, "staff", "secretary").expect(403, "liaison");
		m.route(POST, orderPath + "/dispatch")
			.expect(200, "staff")
			.expect(403, "secretary", "liaison")
			.expect(404, "liaison2");
		m.route(POST, orderPath + "/accept")
			.expect(200, "staff", "liaison")
			.expect(403, "secretary")
			.expect(404, "liaison2");
		m.route(POST, orderPath + "/decline").expect(200, "liaison").expect(403, "secretary").expect(404, "liaison2");
		m.route(POST, orderPath + "/rate")
			.expect(200, "secretary")
			.expect(403, "staff", "liaison")
			.expect(404, "liaison2");
		m.route(POST, orderPath + "/cancel").expect(200, "staff", "secretary").expect(403, "liaison");
		m.route(POST, orderPath + "/delivery").expect(200, "liaison").expect(403, "secretary").expect(404, "liaison2");

		// suggestions of a need in scope, and staff's dispatch from one (posted with a
		// quantity that is refused, so nothing changes)
		m.route(GET, needPath + "/suggestions")
			.anonymous(LOGIN)
			.expect(200, "admin", "staff", "secretary")
			.expect(404, "liaison", "liaison2");
		m.route(GET, "/matching/needs/" + unitNeed + "/suggestions")
			.expect(200, "admin", "staff", "liaison2")
			.expect(404, "secretary", "liaison");
		m.route(GET, "/matching/needs/987654321/suggestions").expect(404, ALL);
		m.route(POST, needPath + "/suggestions/" + resource + "/dispatch")
			.param("quantity", "0")
			.param("wantedDate", today.plusDays(10).toString())
			.param("replyBy", today.plusDays(5).toString())
			.anonymous(LOGIN)
			.expect(200, "admin", "staff")
			.expect(403, "secretary")
			.expect(404, "liaison", "liaison2");
		m.route(POST, "/matching/needs/" + unitNeed + "/suggestions/" + resource + "/dispatch")
			.param("quantity", "0")
			.expect(200, "staff")
			.expect(403, "liaison2")
			.expect(404, "secretary", "liaison");

		// the deficit: staff and admins every area, a secretary their own; another area
		// or a liaison 404, the JSON and the .xlsx alike
		for (String path : new String[] { "/matching/deficit", "/matching/deficit.json", "/matching/deficit.xlsx" }) {
			m.route(GET, path)
				.anonymous(LOGIN)
				.expect(200, "admin", "staff", "secretary")
				.expect(404, "liaison", "liaison2");
			m.route(GET, path)
				.param("area", otherArea.toString())
				.expect(200, "admin", "staff")
				.expect(404, "secretary", "liaison");
			m.route(GET, path).param("area", area.toString()).expect(200, "staff", "secretary");
		}

		// the escalation list for the higher committee and its export, each in scope
		m.route(GET, "/matching/escalations").anonymous(LOGIN).expect(200, ALL);
		m.route(GET, "/matching/escalations").param("category", "x").param("area", "y").expect(200, "staff");
		m.route(GET, "/matching/escalations.xlsx").anonymous(LOGIN).expect(200, ALL);

		m.route(GET, "/matching/categories")
			.anonymous(LOGIN)
			.expect(200, "admin", "staff")
			.expect(403, "secretary", "liaison");
		m.route(POST, "/matching/categories").expect(200, "staff").expect(403, "secretary", "liaison");
		m.route(GET, "/matching/categories/" + category + "/edit")
			.expect(200, "staff")
			.expect(403, "secretary", "liaison");
		m.route(GET, "/matching/categories/987654321/edit").expect(404, "staff");
		m.verify();
	}

}
