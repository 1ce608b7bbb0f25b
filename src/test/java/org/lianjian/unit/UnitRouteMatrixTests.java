package org.lianjian.unit;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lianjian.structure.OrganisationOption;
import org.lianjian.structure.OrganisationType;
import org.lianjian.structure.StructureService;
import org.lianjian.support.RouteRoleMatrix;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lianjian.support.RouteRoleMatrix.LOGIN;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every unit registry route for an anonymous visitor and each role. A unit outside the
 * user's scope answers 404 everywhere (scope before role); the user's own or area unit
 * answers 200 to read and 403 to edit. Write routes are sent with input that changes
 * nothing (invalid), so the matrix can run in any order with the other tests.
 */
@WebIntegrationTest
class UnitRouteMatrixTests {

	private static final Pattern UNIT_LINK = Pattern.compile("href=\"/units/(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	UnitService unitService;

	@Autowired
	StructureService structure;

	@Autowired
	ResidentUnitRepository units;

	private Long areaOutsideSecretaryScope(Set<Long> secretaryScope) {
		return this.structure.optionsOfType(OrganisationType.RESIDENTIAL_PARTY_ORG)
			.stream()
			.map(OrganisationOption::id)
			.filter((id) -> !secretaryScope.contains(id))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void shouldAnswerEachRoleAsDesigned() throws Exception {
		Set<Long> secretaryScope = this.structure.subtreeIds(this.users.scopeOrganisationOf("secretary"));
		String prefix = "矩阵单位" + System.nanoTime() % 1_000_000;
		Long inArea = this.unitService.register(prefix + "-区内", null, this.users.scopeOrganisationOf("secretary"));
		Long outside = this.unitService.register(prefix + "-区外", null, areaOutsideSecretaryScope(secretaryScope));
		Long own = this.users.scopeUnitOf("liaison");
		boolean ownInSecretaryArea = secretaryScope
			.contains(this.units.findById(own).orElseThrow().getResidentialAreaId());
		int secretaryOnOwn = ownInSecretaryArea ? 200 : 404;
		int secretaryEditOwn = ownInSecretaryArea ? 403 : 404;

		RouteRoleMatrix m = new RouteRoleMatrix(this.mvc, this.users);
		m.route(GET, "/units").anonymous(LOGIN).expect(200, "admin", "staff", "secretary", "liaison");
		m.route(GET, "/units")
			.param("vacant", "true")
			.anonymous(LOGIN)
			.expect(200, "admin", "staff", "secretary", "liaison");
		m.route(GET, "/units/987654321").anonymous(LOGIN).expect(404, "admin", "staff", "secretary", "liaison");
		m.route(GET, "/units/not-a-number").anonymous(LOGIN).expect(404, "admin", "staff", "secretary", "liaison");
		m.route(GET, "/units/new").anonymous(LOGIN).expect(200, "admin", "staff").expect(403, "secretary", "liaison");
		m.route(POST, "/units/new").anonymous(LOGIN).expect(200, "admin", "staff").expect(403, "secretary", "liaison");

		for (String tab : new String[] { "", "?tab=liaisons", "?tab=party", "?tab=history" }) {
			m.route(GET, "/units/" + own + tab)
				.anonymous(LOGIN)
				.expect(200, "admin", "staff", "liaison")
				.expect(secretaryOnOwn, "secretary")
				.expect(404, "liaison2");
			m.route(GET, "/units/" + inArea + tab)
				.anonymous(LOGIN)
				.expect(200, "admin", "staff", "secretary")
				.expect(404, "liaison", "liaison2");
			m.route(GET, "/units/" + outside + tab)
				.anonymous(LOGIN)
				.expect(200, "admin", "staff")
				.expect(404, "secretary", "liaison", "liaison2");
		}
		for (var method : new org.springframework.http.HttpMethod[] { GET, POST }) {
			m.route(method, "/units/" + own + "/edit")
				.anonymous(LOGIN)
				.expect(200, "admin", "staff")
				.expect(403, "liaison")
				.expect(secretaryEditOwn, "secretary")
				.expect(404, "liaison2");
			m.route(method, "/units/" + inArea + "/edit")
				.anonymous(LOGIN)
				.expect(200, "admin", "staff")
				.expect(403, "secretary")
				.expect(404, "liaison", "liaison2");
			m.route(method, "/units/" + outside + "/edit")
				.anonymous(LOGIN)
				.expect(200, "admin", "staff")
				.expect(404, "secretary", "liaison", "liaison2");
			m.route(method, "/units/987654321/edit")
				.anonymous(LOGIN)
				.expect(404, "admin", "staff", "secretary", "liaison");
		}
		m.verify();
	}

	private Set<Long> listedUnits(String who, String... params) throws Exception {
		var request = get("/units").with(this.users.as(who));
		for (int i = 0; i + 1 < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		String html = this.mvc.perform(request).andReturn().getResponse().getContentAsString();
		Set<Long> ids = new TreeSet<>();
		Matcher matcher = UNIT_LINK.matcher(html);
		while (matcher.find()) {
			ids.add(Long.valueOf(matcher.group(1)));
		}
		return ids;
	}

	@Test
	void shouldListOnlyTheUnitsInScope() throws Exception {
		Set<Long> secretaryScope = this.structure.subtreeIds(this.users.scopeOrganisationOf("secretary"));
		String prefix = "范围单位" + System.nanoTime() % 1_000_000;
		Long inArea = this.unitService.register(prefix + "-区内", null, this.users.scopeOrganisationOf("secretary"));
		Long outside = this.unitService.register(prefix + "-区外", null, areaOutsideSecretaryScope(secretaryScope));

		assertThat(listedUnits("liaison")).containsExactly(this.users.scopeUnitOf("liaison"));
		assertThat(listedUnits("liaison", "q", prefix)).isEmpty();
		assertThat(listedUnits("liaison", "vacant", "true")).isSubsetOf(this.users.scopeUnitOf("liaison"));

		assertThat(listedUnits("secretary", "q", prefix)).containsExactly(inArea);
		Set<Long> secretaryFirstPage = listedUnits("secretary");
		assertThat(secretaryFirstPage).isNotEmpty();
		assertThat(secretaryFirstPage).allSatisfy((id) -> assertThat(secretaryScope)
			.contains(this.units.findById(id).orElseThrow().getResidentialAreaId()));
		assertThat(listedUnits("secretary", "area", outside.toString())).isEmpty();

		assertThat(listedUnits("staff", "q", prefix)).containsExactlyInAnyOrder(inArea, outside);
	}

}
