package org.lianjian.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.lianjian.matching.MatchingSeeds;
import org.lianjian.matching.MatchingSeeds.NeedSeed;
import org.lianjian.matching.MatchingSeeds.ResourceSeed;
import org.lianjian.matching.Measure;
import org.lianjian.matching.RaisedBy;
import org.lianjian.matching.Urgency;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The three lists on top of {@link AnnualReportFixture}, made through the matching
 * module's {@link MatchingSeeds} (an ADMIN must be signed in: delivery goes through a
 * held activity of the fixture, as in the flow). In 2024:
 * <ul>
 * <li>community needs: 为老 5 (one met), 就业 3 (one ordered from unit six's full 就业
 * resource, not delivered), 教育 4 (one met, one of two sessions delivered by unit one), 文化
 * 2 (one delivered by unit five), 卫生健康 1; so the largest gaps are 为老 (4), 就业 (3) and 教育
 * (2.5);</li>
 * <li>resources: units two and three each publish a 为老 resource nobody ordered, unit
 * seven keeps an unpublished one; unit one offers 教育 and 卫生健康, unit five 文化, unit six 就业
 * (used up), the community a 场地;</li>
 * <li>units' own needs: three met in 2024 (one raised in 2023), one open.</li>
 * </ul>
 * In 2023: one 教育 need delivered by unit one, one unit need met.
 */
class AnnualMatchingFixture {

	private static final String BY = "admin";

	private final MatchingSeeds seeds;

	private final JdbcTemplate db;

	private final AnnualReportFixture data;

	AnnualMatchingFixture(MatchingSeeds seeds, JdbcTemplate db, AnnualReportFixture data) {
		this.seeds = seeds;
		this.db = db;
		this.data = data;
	}

	/** Adds the needs, resources and orders (run as ADMIN). */
	void build() {
		AnnualReportFixture d = this.data;
		long edu = resource("课后辅导", "教育", d.u1, d.areaA, 10, true);
		resource("助老陪伴", "为老", d.u2, d.areaA, 20, true);
		resource("老年人健康讲座", "为老", d.u3, d.areaB, 5, true);
		resource("助老送餐", "为老", d.u7, d.areaB, 3, false);
		long culture = resource("文艺演出", "文化", d.u5, d.areaA, 4, true);
		resource("义诊", "卫生健康", d.u1, d.areaB, 6, true);
		long jobs = resource("招聘会", "就业", d.u6, d.areaB, 2, true);
		this.seeds.resource(new ResourceSeed("多功能厅", "社区自有场地", "场地", null, null, null, null, BigDecimal.TEN,
				Measure.SESSIONS, true), BY);

		for (int i = 0; i < 5; i++) {
			long need = need("为老" + i, "为老", (i < 3) ? d.areaA : d.areaB, 1, day(2024, 2, 1 + i));
			if (i == 0) {
				this.seeds.met(need, BY, day(2024, 5, 1));
			}
		}
		for (int i = 0; i < 3; i++) {
			long need = need("就业" + i, "就业", d.areaB, 1, day(2024, 3, 1 + i));
			if (i == 0) {
				long order = this.seeds.order(need, jobs, BY, day(2024, 4, 1), day(2024, 6, 1), BigDecimal.valueOf(2),
						null);
				this.seeds.dispatch(order, d.u6, BY, day(2024, 4, 2));
				this.seeds.accept(order, day(2024, 6, 1), BY, day(2024, 4, 3));
			}
		}
		long twoSessions = need("教育0", "教育", d.areaA, 2, day(2024, 2, 1));
		deliver(twoSessions, edu, d.u1, "学雷锋", day(2024, 2, 10));
		this.seeds.met(need("教育1", "教育", d.areaA, 1, day(2024, 2, 2)), BY, day(2024, 6, 1));
		need("教育2", "教育", d.areaA, 1, day(2024, 2, 3));
		need("教育3", "教育", d.areaA, 1, day(2024, 2, 4));
		deliver(need("文化0", "文化", d.areaB, 1, day(2024, 9, 1)), culture, d.u5, "艺术节", day(2024, 9, 2));
		need("文化1", "文化", d.areaB, 1, day(2024, 9, 3));
		need("卫生健康0", "卫生健康", d.areaA, 1, day(2024, 4, 1));

		// the year before: one 教育 need delivered by unit one
		deliver(need("教育旧", "教育", d.areaA, 1, day(2023, 1, 2)), edu, d.u1, "元旦慰问", day(2023, 1, 3));

		// units' own needs: the community serves them
		unitNeed(d.u1, d.areaA, day(2024, 3, 1), day(2024, 4, 1));
		unitNeed(d.u3, d.areaB, day(2024, 5, 1), day(2024, 6, 1));
		unitNeed(d.u6, d.areaB, day(2023, 11, 1), day(2024, 1, 15));
		unitNeed(d.u2, d.areaA, day(2023, 5, 1), day(2023, 6, 1));
		unitNeed(d.u5, d.areaA, day(2024, 7, 1), null);
	}

	private static LocalDate day(int year, int month, int day) {
		return LocalDate.of(year, month, day);
	}

	private long resource(String title, String category, long unit, long area, int capacity, boolean published) {
		return this.seeds.resource(new ResourceSeed(title, title, category, unit, area, null, null,
				BigDecimal.valueOf(capacity), Measure.SESSIONS, published), BY);
	}

	private long need(String title, String category, long area, int sessions, LocalDate raised) {
		return this.seeds.need(new NeedSeed(title, title, category, area, RaisedBy.ORGANISATION, area, BY, 10,
				BigDecimal.valueOf(sessions), Measure.SESSIONS, raised.plusMonths(3), Urgency.NORMAL, raised));
	}

	private void unitNeed(long unit, long area, LocalDate raised, LocalDate met) {
		long need = this.seeds.need(new NeedSeed("单位需求" + unit, "单位需求", "场地", area, RaisedBy.UNIT, unit, BY, null,
				BigDecimal.ONE, Measure.SESSIONS, null, Urgency.NORMAL, raised));
		if (met != null) {
			this.seeds.met(need, BY, met);
		}
	}

	/**
	 * One session ordered, dispatched, accepted and delivered by the fixture's activity.
	 */
	private void deliver(long need, long resource, long unit, String activity, LocalDate ordered) {
		Long activityId = this.db.queryForObject("select id from activity where title = ?", Long.class, activity);
		LocalDate held = this.db.queryForObject("select cast(start_at as date) from activity where id = ?",
				LocalDate.class, activityId);
		long order = this.seeds.order(need, resource, BY, ordered, held, BigDecimal.ONE, null);
		this.seeds.dispatch(order, unit, BY, ordered.plusDays(1));
		this.seeds.accept(order, held, BY, ordered.plusDays(2));
		this.seeds.deliver(order, activityId, BY, held);
	}

}
