package org.lianjian.demo;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's three lists tell the story: 为老 and 就业 are the categories with the
 * largest unmet share, the research units' 科普 offers have capacity and no orders, and
 * there are orders in every status, ageing needs, a need beyond the sub-district's
 * capacity and a unit's own need. Checked in SQL on the generated data: the expectations
 * are computed from the other categories and records, not copied from the generator.
 */
@WebIntegrationTest
class MatchingDemoDataTests {

	/**
	 * The demo's needs: raised by its users on a day before today (tests raise theirs
	 * today, or insert them without a history).
	 */
	private static final String DEMO_NEEDS = """
			exists (select 1 from need_change c where c.need_id = n.id and c.from_status is null
			        and c.changed_by in ('secretary', 'staff', 'liaison') and c.changed_at < current_date)""";

	@Autowired
	JdbcTemplate db;

	@Test
	void shouldShowTheLargestUnmetSharesInElderlyCareAndJobs() {
		// unmet share per category: a met need counts as delivered, an open one by the
		// part its delivered orders cover
		List<Map<String, Object>> shares = this.db.queryForList("""
				with got as (
				  select o.need_id, sum(o.quantity) as delivered from service_order o
				   where o.status in ('DELIVERED', 'RATED') group by o.need_id)
				select c.name, count(*) as needs,
				       1 - avg(case when n.status = 'MET' then 1
				                    else least(1, coalesce(got.delivered, 0) / n.quantity) end) as unmet
				  from need n join matching_category c on c.id = n.category_id
				  left join got on got.need_id = n.id
				 where n.direction = 'TO_COMMUNITY' and n.status <> 'CLOSED_UNMET' and %s
				 group by c.name""".formatted(DEMO_NEEDS));
		assertThat(shares).hasSizeGreaterThan(3);
		List<String> ranked = shares.stream()
			.sorted(Comparator.comparing((Map<String, Object> r) -> (BigDecimal) r.get("unmet")).reversed())
			.map((r) -> r.get("name").toString())
			.toList();
		assertThat(ranked.subList(0, 2)).as("categories by unmet share: %s", shares)
			.containsExactlyInAnyOrder("为老", "就业");
		// and they are many needs, not one unlucky one
		long everyday = shares.stream()
			.filter((r) -> !List.of("为老", "就业").contains(r.get("name").toString()))
			.mapToLong((r) -> ((Number) r.get("needs")).longValue())
			.max()
			.orElseThrow();
		assertThat(shares).filteredOn((r) -> List.of("为老", "就业").contains(r.get("name").toString()))
			.allSatisfy((r) -> assertThat(((Number) r.get("needs")).longValue()).isGreaterThan(everyday));
	}

	@Test
	void shouldLeaveSomeScienceCapacityUnordered() {
		List<Map<String, Object>> unused = this.db.queryForList("""
				select r.title from service_resource r join matching_category c on c.id = r.category_id
				 where c.name = '科普' and r.published and r.capacity_per_year > 0 and r.provider_unit_id is not null
				   and not exists (select 1 from service_order o where o.resource_id = r.id)""");
		assertThat(unused).isNotEmpty();
		// while what the elderly need is ordered
		assertThat(this.db.queryForObject("""
				select count(*) from service_order o join service_resource r on r.id = o.resource_id
				  join matching_category c on c.id = r.category_id where c.name = '为老'""", Long.class)).isPositive();
	}

	@Test
	void shouldHaveOrdersInEveryStatusOfTheFlow() {
		List<String> statuses = this.db.queryForList("""
				select distinct o.status from service_order o join need n on n.id = o.need_id where %s"""
			.formatted(DEMO_NEEDS), String.class);
		assertThat(statuses).contains("ORDERED", "DISPATCHED", "ACCEPTED", "DECLINED");
		// delivered ones through a held activity, rated ones with a comment
		assertThat(this.db.queryForList("""
				select o.id from service_order o join need n on n.id = o.need_id
				  left join activity a on a.id = o.activity_id
				 where %s and o.status in ('DELIVERED', 'RATED') and (a.status is distinct from 'HELD'
				       or (o.status = 'RATED' and (o.rating_comment is null or o.rating not between 1 and 5)))"""
			.formatted(DEMO_NEEDS), Long.class)).isEmpty();
		assertThat(this.db.queryForObject(
				"select count(*) from service_order where status = 'DECLINED' and decline_reason is not null",
				Long.class))
			.isPositive();
	}

	@Test
	void shouldHaveAgeingEscalatedAndUnitNeeds() {
		String open = "select count(*) from need n where n.status in ('OPEN', 'MATCHED', 'IN_SERVICE') and "
				+ DEMO_NEEDS;
		assertThat(this.db.queryForObject(open + " and n.wanted_by < current_date", Long.class)).isPositive();
		assertThat(this.db.queryForObject(open + " and n.created_at < now() - interval '60 days'", Long.class))
			.isPositive();
		assertThat(this.db.queryForObject("select count(*) from need n where n.beyond_capacity "
				+ "and n.beyond_capacity_reason is not null and " + DEMO_NEEDS, Long.class))
			.isPositive();
		assertThat(this.db.queryForObject(
				"select count(*) from need n where n.raised_by_kind = 'UNIT' and n.direction = 'TO_UNIT' and "
						+ DEMO_NEEDS,
				Long.class))
			.isPositive();
	}

}
