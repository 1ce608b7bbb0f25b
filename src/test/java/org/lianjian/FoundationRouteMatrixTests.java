package org.lianjian;

import org.junit.jupiter.api.Test;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.support.RouteRoleMatrix;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.lianjian.support.RouteRoleMatrix.LOGIN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

/**
 * Every route of the foundation, for an anonymous visitor and each role. Write routes are
 * sent with input that changes nothing (invalid or stale), so the matrix can run in any
 * order with the other tests.
 */
@WebIntegrationTest
class FoundationRouteMatrixTests {

	private static final String[] ALL = { "admin", "staff", "secretary", "liaison" };

	private static final String[] NOT_STAFF = { "secretary", "liaison" };

	private static final String[] NOT_ADMIN = { "staff", "secretary", "liaison" };

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	StructureService structure;

	@Test
	void shouldAnswerEachRoleAsDesigned() throws Exception {
		Long org = this.structure.holderOf(StructureRole.NETWORK_RESIDENTIAL).orElseThrow();
		Long accountId = this.users.idOf("liaison2");
		String orgPath = "/structure/organisations/" + org;
		RouteRoleMatrix m = new RouteRoleMatrix(this.mvc, this.users);

		m.route(GET, "/login").anonymous(200);
		m.route(GET, "/actuator/health").anonymous(200).expect(200, ALL);
		m.route(GET, "/actuator/info").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(GET, "/actuator/metrics").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(GET, "/").anonymous(LOGIN).expect(200, ALL);
		m.route(GET, "/no-such-page").anonymous(LOGIN).expect(404, ALL);

		m.route(GET, "/structure").anonymous(LOGIN).expect(200, ALL);
		m.route(GET, "/structure/organisations").anonymous(LOGIN).expect(200, ALL);
		m.route(GET, "/structure/organisations").param("under", org.toString()).anonymous(LOGIN).expect(200, ALL);
		m.route(GET, "/structure/organisations").param("under", "987654321").expect(404, ALL);
		m.route(GET, orgPath).anonymous(LOGIN).expect(200, ALL);
		m.route(GET, "/structure/organisations/987654321").anonymous(LOGIN).expect(404, ALL);
		m.route(GET, "/structure/organisations/new")
			.anonymous(LOGIN)
			.expect(200, "admin", "staff")
			.expect(403, NOT_STAFF);
		m.route(GET, orgPath + "/edit").anonymous(LOGIN).expect(200, "admin", "staff").expect(403, NOT_STAFF);
		m.route(POST, "/structure/organisations/new")
			.anonymous(LOGIN)
			.expect(200, "admin", "staff")
			.expect(403, NOT_STAFF);
		m.route(POST, orgPath + "/edit").anonymous(LOGIN).expect(200, "admin", "staff").expect(403, NOT_STAFF);
		m.route(POST, orgPath + "/move").anonymous(LOGIN).expect(200, "admin", "staff").expect(403, NOT_STAFF);
		m.route(POST, orgPath + "/retire").anonymous(LOGIN).expect(200, "admin", "staff").expect(403, NOT_STAFF);
		m.route(POST, orgPath + "/memberships").anonymous(LOGIN).expect(200, "admin", "staff").expect(403, NOT_STAFF);
		m.route(POST, orgPath + "/reinstate")
			.param("version", "-1")
			.anonymous(LOGIN)
			.expect(302, "admin", "staff")
			.expect(403, NOT_STAFF);
		m.route(POST, orgPath + "/memberships/987654321/end")
			.anonymous(LOGIN)
			.expect(404, "admin", "staff")
			.expect(403, NOT_STAFF);

		m.route(GET, "/account/password").anonymous(LOGIN).expect(200, ALL);
		m.route(POST, "/account/password").anonymous(LOGIN).expect(200, ALL);

		m.route(GET, "/admin/accounts").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(GET, "/admin/accounts/new").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(POST, "/admin/accounts/new").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(GET, "/admin/accounts/" + accountId).anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);
		m.route(GET, "/admin/accounts/" + accountId + "/edit")
			.anonymous(LOGIN)
			.expect(200, "admin")
			.expect(403, NOT_ADMIN);
		m.route(POST, "/admin/accounts/" + accountId + "/edit")
			.anonymous(LOGIN)
			.expect(200, "admin")
			.expect(403, NOT_ADMIN);
		m.route(GET, "/admin/accounts/987654321").expect(404, "admin").expect(403, NOT_ADMIN);
		m.route(POST, "/admin/accounts/987654321/enable").anonymous(LOGIN).expect(404, "admin").expect(403, NOT_ADMIN);
		m.route(POST, "/admin/accounts/987654321/disable").anonymous(LOGIN).expect(404, "admin").expect(403, NOT_ADMIN);
		m.route(POST, "/admin/accounts/987654321/reset-password")
			.anonymous(LOGIN)
			.expect(404, "admin")
			.expect(403, NOT_ADMIN);
		m.route(GET, "/admin/audit").anonymous(LOGIN).expect(200, "admin").expect(403, NOT_ADMIN);

		m.verify();
	}

}
