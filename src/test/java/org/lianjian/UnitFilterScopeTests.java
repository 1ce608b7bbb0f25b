package org.lianjian;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;
import org.lianjian.unit.UnitService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The unit filter of the agreement, activity and project lists names a unit given by id
 * ({@code ?unit=}) only to a user who may see that unit; for anyone else the filter is
 * ignored with a hint, and the name never appears. A liaison, who sees one unit, gets no
 * unit filter on the agreement and activity lists at all.
 */
@WebIntegrationTest
class UnitFilterScopeTests {

	private static final List<String> LISTS = List.of("/agreements", "/activities", "/projects");

	/** The lists that offer a liaison no unit filter (DataScope.seesOneUnit). */
	private static final List<String> NO_UNIT_FILTER_FOR_LIAISON = List.of("/agreements", "/activities");

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	UnitService units;

	private String page(String user, String path, String unit) throws Exception {
		return this.mvc
			.perform(get(path).param("unit", unit).with(this.users.as(user)).header("Accept-Language", "zh-CN"))
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void shouldNotNameAUnitOutsideTheReadersScope() throws Exception {
		String name = "范围外单位名称" + System.nanoTime() % 1_000_000;
		Long hidden = this.units.register(name, null, null);
		for (String list : LISTS) {
			boolean liaisonFilter = !NO_UNIT_FILTER_FOR_LIAISON.contains(list);
			assertThat(page("secretary", list, hidden.toString())).as("secretary " + list)
				.doesNotContain(name)
				.contains("不在您的权限范围内");
			String liaison = page("liaison", list, hidden.toString());
			assertThat(liaison).as("liaison " + list).doesNotContain(name);
			assertThat(liaison.contains("不在您的权限范围内")).as("hint for a liaison on " + list).isEqualTo(liaisonFilter);
			assertThat(page("staff", list, hidden.toString())).as("staff " + list).contains(name);
			assertThat(page("secretary", list, "999999999")).as("a missing unit " + list).contains("不在您的权限范围内");
		}
		assertThat(this.mvc
			.perform(get("/activities/unit-suggestions").param("unitName", name).with(this.users.as("liaison")))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(name);
	}

	@Test
	void shouldStillNameTheReadersOwnUnit() throws Exception {
		Long own = this.users.scopeUnitOf("liaison");
		String name = this.units.name(own).orElseThrow();
		for (String list : LISTS) {
			String html = page("liaison", list, own.toString());
			assertThat(html).as(list).doesNotContain("不在您的权限范围内");
			if (NO_UNIT_FILTER_FOR_LIAISON.contains(list)) {
				assertThat(html).as(list + ": no unit filter").doesNotContain("name=\"unitName\"");
			}
			else {
				assertThat(html).as(list).contains("value=\"" + name + "\"");
			}
		}
	}

}
