package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.lianjian.support.StatementCounter;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Suggestions, the deficit and ageing on PostgreSQL: the suggestion page takes the same
 * number of statements whatever the number of resources, ranks the need's category in its
 * area first and dispatches from a suggestion; the deficit's figures equal an independent
 * SQL sum and its JSON keeps to the scope (404 for another area or a liaison); ageing
 * needs are flagged and filtered.
 */
@WebIntegrationTest
class InsightIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StatementCounter statements;

	private final ObjectMapper json = new ObjectMapper();

	private Long category(String prefix) {
		return this.jdbc.queryForObject("insert into matching_category (name, sort_order) values (?, 900) returning id",
				Long.class, prefix + System.nanoTime() % 100000000);
	}

	private Long need(Long category, Long area, String quantity, String measure, String status) {
		return this.jdbc.queryForObject("""
				insert into need (title, category_id, area_id, raised_by_kind, direction, quantity, measure, status,
				                  close_reason)
				values ('测试需求', ?, ?, 'STAFF', 'TO_COMMUNITY', ?, ?, ?, '测试') returning id""", Long.class, category,
				area, new BigDecimal(quantity), measure, status);
	}

	private Long resource(Long category, Long unit, Long area, String capacity, String measure) {
		return this.jdbc.queryForObject("""
				insert into service_resource (title, category_id, provider_unit_id, area_id, capacity_per_year, measure,
				                              published)
				values ('测试资源-' || ?, ?, ?, ?, ?, ?, true) returning id""", Long.class, System.nanoTime(), category,
				unit, area, new BigDecimal(capacity), measure);
	}

	private void delivered(Long need, Long resource, String quantity) {
		LocalDate today = LocalDate.now();
		this.jdbc.update("""
				insert into service_order (need_id, resource_id, ordered_by, ordered_on, wanted_date, quantity, status,
				                           delivered_on)
				values (?, ?, 'staff', ?, ?, ?, 'DELIVERED', ?)""", need, resource, today, today,
				new BigDecimal(quantity), today);
	}

	private Long otherArea(Long own) {
		Long other = this.jdbc.queryForObject(
				"select min(id) from organisation where type = 'RESIDENTIAL_PARTY_ORG' and id <> ?", Long.class, own);
		return (other != null) ? other
				: this.jdbc.queryForObject(
						"insert into organisation (type, name) values ('RESIDENTIAL_PARTY_ORG', ?) returning id",
						Long.class, "测试居民区-" + System.nanoTime());
	}

	@Test
	void suggestionsTakeAFixedNumberOfStatementsAndRankTheNeedsCategoryFirst() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long unit = this.users.scopeUnitOf("liaison");
		Long category = category("建议");
		Long other = category("其他");
		Long need = need(category, area, "10", "HOURS", "OPEN");
		Long good = resource(category, unit, area, "100", "HOURS");
		resource(other, unit, area, "100", "HOURS");
		resource(other, unit, null, "30", "SESSIONS");
		String url = "/matching/needs/" + need + "/suggestions";

		this.mvc.perform(get(url).with(this.users.as("staff"))).andExpect(status().isOk());
		long few = this.statements.during(() -> this.mvc.perform(get(url).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"suggestion-" + good + "\"")))
			.andExpect(content().string(containsString("data-part=\"RANK\""))));
		// 3 resources of the test's own, then 30: some with orders that use capacity and
		// rate the provider, which the page reads for every resource
		Long otherNeed = need(other, area, "5", "SESSIONS", "OPEN");
		for (int i = 0; i < 27; i++) {
			Long more = resource(other, unit, null, "50", "SESSIONS");
			if (i % 3 == 0) {
				delivered(otherNeed, more, "1");
				this.jdbc.update("update service_order set status = 'RATED', rating = 4, provider_unit_id = ? "
						+ "where resource_id = ?", unit, more);
			}
		}
		long many = this.statements
			.during(() -> this.mvc.perform(get(url).with(this.users.as("staff"))).andExpect(status().isOk()));
		assertThat(many).isEqualTo(few);

		String page = this.mvc.perform(get(url).with(this.users.as("staff")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page.indexOf("id=\"suggestion-" + good + "\"")).isNotNegative();
		assertThat(page.indexOf("id=\"suggestion-")).isEqualTo(page.indexOf("id=\"suggestion-" + good + "\""));

		// another area's secretary sees no such need; a liaison neither
		this.mvc.perform(get(url).with(this.users.as("liaison"))).andExpect(status().isNotFound());

		// staff dispatch straight from the suggestion
		LocalDate today = LocalDate.now();
		this.mvc
			.perform(post(url + "/" + good + "/dispatch").with(this.users.as("staff"))
				.with(csrf())
				.param("quantity", "4")
				.param("wantedDate", today.plusDays(10).toString())
				.param("replyBy", today.plusDays(5).toString()))
			.andExpect(status().is3xxRedirection());
		Map<String, Object> order = this.jdbc.queryForMap(
				"select status, provider_unit_id, quantity from service_order where need_id = ? and resource_id = ?",
				need, good);
		assertThat(order.get("status")).isEqualTo("DISPATCHED");
		assertThat(((Number) order.get("provider_unit_id")).longValue()).isEqualTo(unit);
		// a secretary may not dispatch
		this.mvc
			.perform(post(url + "/" + good + "/dispatch").with(this.users.as("secretary"))
				.with(csrf())
				.param("quantity", "1")
				.param("wantedDate", today.plusDays(10).toString())
				.param("replyBy", today.plusDays(5).toString()))
			.andExpect(status().isForbidden());
	}

	@Test
	void emptySuggestionsSayWhatToDoNext() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long need = need(category("空"), area, "1000000", "HOURS", "OPEN");
		this.jdbc.update("update service_resource set published = false where title like '测试资源-%'");
		String page = this.mvc.perform(get("/matching/needs/" + need + "/suggestions").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		// other tests' published resources may still be suggested; if none, the empty
		// state says what next
		if (!page.contains("id=\"suggestion-")) {
			assertThat(page).contains("id=\"suggest-empty\"").contains("/matching/resources/new");
		}
	}

	@Test
	void deficitFiguresEqualAnIndependentSumAndItsJsonKeepsToTheScope() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long unit = this.users.scopeUnitOf("liaison");
		Long category = category("赤字");
		Long hours = resource(category, unit, area, "1000", "HOURS");
		delivered(need(category, area, "10", "HOURS", "OPEN"), hours, "4");
		need(category, area, "5", "SESSIONS", "MET");
		delivered(need(category, area, "10", "HOURS", "IN_SERVICE"), hours, "20");
		need(category, area, "3", "HOURS", "CLOSED_UNMET");
		int year = LocalDate.now().getYear();

		JsonNode view = this.json.readTree(this.mvc
			.perform(get("/matching/deficit.json").param("year", Integer.toString(year)).with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString());
		JsonNode mine = null;
		for (JsonNode cell : view.get("cells")) {
			if (cell.get("categoryId").asLong() == category && cell.get("areaId").asLong() == area) {
				mine = cell;
			}
		}
		assertThat(mine).isNotNull();
		// 4 needs: 0.4 + 1 (met) + 1 (capped) + 0 delivered
		assertThat(mine.get("needs").asLong()).isEqualTo(4);
		assertThat(mine.get("delivered").decimalValue()).isEqualByComparingTo("2.4");
		assertThat(mine.get("unmetPercent").asInt()).isEqualTo(40);

		// every cell against an independent sum, need by need
		List<Map<String, Object>> sums = this.jdbc.queryForList("""
				select n.category_id, n.area_id, count(*) as needs,
				       sum(case when n.status = 'MET' then 1.0 else least(1.0, (
				         select coalesce(sum(o.quantity), 0) from service_order o, service_resource r
				          where o.need_id = n.id and r.id = o.resource_id and r.measure = n.measure
				            and o.status in ('DELIVERED', 'RATED')) / n.quantity) end) as delivered
				  from need n
				 where n.direction = 'TO_COMMUNITY'
				   and extract(year from n.created_at at time zone 'Asia/Shanghai') = ?
				 group by n.category_id, n.area_id""", year);
		int compared = 0;
		for (JsonNode cell : view.get("cells")) {
			for (Map<String, Object> s : sums) {
				if (((Number) s.get("category_id")).longValue() == cell.get("categoryId").asLong()
						&& ((Number) s.get("area_id")).longValue() == cell.get("areaId").asLong()) {
					assertThat(cell.get("needs").asLong()).isEqualTo(((Number) s.get("needs")).longValue());
					assertThat(cell.get("delivered").decimalValue()).isEqualByComparingTo(
							((BigDecimal) s.get("delivered")).setScale(2, java.math.RoundingMode.HALF_UP));
					compared++;
				}
			}
		}
		assertThat(compared).isEqualTo(view.get("cells").size()).isPositive();

		// the page, its table and its export
		this.mvc.perform(get("/matching/deficit").with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"deficit-table\"")))
			.andExpect(content().string(containsString("/matching/deficit.json?year=")));
		this.mvc.perform(get("/matching/deficit.xlsx").with(this.users.as("staff"))).andExpect(status().isOk());

		// scope: a secretary's own area is fine, another area is 404, a liaison 404
		this.mvc.perform(get("/matching/deficit.json").param("area", area.toString()).with(this.users.as("secretary")))
			.andExpect(status().isOk());
		Long other = otherArea(area);
		assertThat(other).isNotNull();
		this.mvc.perform(get("/matching/deficit.json").param("area", other.toString()).with(this.users.as("secretary")))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/matching/deficit.json").with(this.users.as("liaison"))).andExpect(status().isNotFound());
		this.mvc.perform(get("/matching/deficit").with(this.users.as("liaison"))).andExpect(status().isNotFound());
		// a bad period is this year, never a 500
		this.mvc
			.perform(get("/matching/deficit").param("year", "99999").param("quarter", "9").with(this.users.as("staff")))
			.andExpect(status().isOk());
	}

	@Test
	void aCellsLinkOpensTheNeedsListOfExactlyItsNeeds() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long category = category("期间");
		LocalDate today = LocalDate.now();
		int quarter = (today.getMonthValue() - 1) / 3 + 1;
		need(category, area, "2", "HOURS", "OPEN");
		need(category, area, "3", "SESSIONS", "MET");
		need(category, area, "4", "HOURS", "IN_SERVICE");
		// raised last year, and a need of a unit (the other direction): in no cell
		Long old = need(category, area, "1", "HOURS", "OPEN");
		this.jdbc.update("update need set created_at = created_at - interval '1 year' where id = ?", old);
		Long toUnit = need(category, area, "1", "HOURS", "OPEN");
		this.jdbc.update("update need set direction = 'TO_UNIT', raised_by_kind = 'UNIT', raised_by_unit_id = ?"
				+ " where id = ?", this.users.scopeUnitOf("liaison"), toUnit);

		for (String user : new String[] { "staff", "secretary" }) {
			for (String[] period : new String[][] { { "year", Integer.toString(today.getYear()) },
					{ "quarter", Integer.toString(quarter) } }) {
				for (String measure : new String[] { null, "HOURS" }) {
					var request = get("/matching/deficit.json").param("year", Integer.toString(today.getYear()));
					if ("quarter".equals(period[0])) {
						request.param("quarter", period[1]);
					}
					if (measure != null) {
						request.param("measure", measure);
					}
					JsonNode view = this.json.readTree(this.mvc.perform(request.with(this.users.as(user)))
						.andExpect(status().isOk())
						.andReturn()
						.getResponse()
						.getContentAsString());
					JsonNode mine = null;
					for (JsonNode cell : view.get("cells")) {
						if (cell.get("categoryId").asLong() == category && cell.get("areaId").asLong() == area) {
							mine = cell;
						}
					}
					assertThat(mine).isNotNull();
					long needs = mine.get("needs").asLong();
					assertThat(needs).isEqualTo((measure == null) ? 3 : 2);
					String href = mine.get("href").asString();
					assertThat(href).contains("year=" + today.getYear());
					if ("quarter".equals(period[0])) {
						assertThat(href).contains("quarter=" + quarter);
					}
					this.mvc.perform(get(href).with(this.users.as(user)))
						.andExpect(status().isOk())
						.andExpect(content().string(containsString("data-total=\"" + needs + "\"")))
						.andExpect(content().string(containsString("id=\"need-period\"")));
				}
			}
		}
		// last year's need is in last year's period only
		this.mvc
			.perform(get("/matching/needs").param("category", category.toString())
				.param("year", Integer.toString(today.getYear() - 1))
				.with(this.users.as("staff")))
			.andExpect(content().string(containsString("data-total=\"1\"")));
		// without a period: every need of the category
		this.mvc.perform(get("/matching/needs").param("category", category.toString()).with(this.users.as("staff")))
			.andExpect(content().string(containsString("data-total=\"5\"")));
	}

	@Test
	void ageingNeedsAreFlaggedAndFiltered() throws Exception {
		Long area = this.users.scopeOrganisationOf("secretary");
		Long category = category("滞留");
		Long past = need(category, area, "1", "HOURS", "OPEN");
		this.jdbc.update("update need set wanted_by = current_date - 1 where id = ?", past);
		Long old = need(category, area, "1", "HOURS", "MATCHED");
		this.jdbc.update("update need set created_at = now() - interval '61 days' where id = ?", old);
		need(category, area, "1", "HOURS", "OPEN");
		Long met = need(category, area, "1", "HOURS", "MET");
		this.jdbc.update("update need set wanted_by = current_date - 1 where id = ?", met);

		this.mvc
			.perform(get("/matching/needs").param("category", category.toString())
				.param("aged", "true")
				.with(this.users.as("secretary")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-total=\"2\"")));
		this.mvc.perform(get("/matching/deficit").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aged=true&amp;category=" + category)));
		this.mvc.perform(get("/").with(this.users.as("staff")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-figure=\"agedNeeds\"")));
	}

}
