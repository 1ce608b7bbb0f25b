package org.lianjian.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.activity.ActivityService;
import org.lianjian.activity.ActivityStatus;
import org.lianjian.activity.ActivityType;
import org.lianjian.activity.ActivityView;
import org.lianjian.matching.MatchingSeeds;
import org.lianjian.matching.MatchingSeeds.NeedSeed;
import org.lianjian.matching.MatchingSeeds.ResourceSeed;
import org.lianjian.matching.Measure;
import org.lianjian.matching.RaisedBy;
import org.lianjian.matching.Urgency;

import org.springframework.stereotype.Component;

/**
 * The three lists for the demo, telling the story of the issue: a few residential areas
 * with a clear deficit in 为老 and 就业 (many needs, little delivered), research units whose
 * 科普 offers nobody orders, orders in every status of the flow, ageing needs, one need
 * beyond the sub-district's capacity and units' own needs (the community serves the unit;
 * the demo liaison's hospital has one met this year). Every date counts back from today.
 */
@Component
class MatchingDemoData {

	/** Residential areas (indexes into the generator's areas) with the deficit. */
	static final int[] DEFICIT_AREAS = { 0, 1, 2 };

	private static final String ELDERLY = "为老";

	private static final String JOBS = "就业";

	/** Everyday categories: most of their needs are met. */
	private static final String[][] EVERYDAY = { { "教育", "课后看护志愿者", "暑期青少年托管" }, { "文化", "楼组文化活动", "社区合唱团排练指导" },
			{ "卫生健康", "慢病健康讲座", "家庭医生签约宣传" }, { "法律", "物业纠纷法律咨询", "遗产继承普法讲座" }, { "环境", "垃圾分类宣传", "楼道堆物清理" },
			{ "帮困", "困难家庭节日慰问", "助学结对" } };

	private static final String[] ELDERLY_NEEDS = { "独居老人每周探访", "高龄老人助餐送餐", "老年人智能手机培训", "失能老人家庭照护培训", "老年人防跌倒居家改造" };

	private static final String[] JOB_NEEDS = { "失业人员专场招聘", "大龄居民技能培训", "残疾人就业援助", "高校毕业生求职辅导" };

	/** Activities that could deliver a clinic in the neighbourhood, preferred. */
	private static final Set<ActivityType> FITTING = EnumSet.of(ActivityType.HEALTH, ActivityType.CARE,
			ActivityType.VOLUNTEER, ActivityType.CONSULTATION);

	private final MatchingSeeds seeds;

	private final ActivityService activities;

	private final Clock clock;

	MatchingDemoData(MatchingSeeds seeds, ActivityService activities, Clock clock) {
		this.seeds = seeds;
		this.activities = activities;
		this.clock = clock;
	}

	/**
	 * Generates the demo's needs, resources and orders. Called by the demo generator
	 * after the activities, with an ADMIN authentication set.
	 * @param units the resident units, in the generator's order
	 * @param areas the residential areas, in the generator's order
	 * @param random the generator's random source
	 */
	void generate(List<DemoUnit> units, List<Long> areas, Random random) {
		LocalDate today = LocalDate.now(this.clock);
		Map<String, Long> resources = resources(units, areas);
		everydayNeeds(areas, random, today);
		Map<String, Long> story = storyNeeds(areas, random, today);
		unitNeeds(units, areas, today);
		orders(units, areas, resources, story, today);
	}

	private Map<String, Long> resources(List<DemoUnit> units, List<Long> areas) {
		Map<String, Long> ids = new HashMap<>();
		// what the units give: most of it in everyday categories, little for the elderly
		// and
		// for jobs
		resource(ids, units, 0, "卫生健康", "社区义诊", "内科、眼科、骨科专家到居民区义诊，含血压血糖检测。", 12, Measure.SESSIONS, areas);
		resource(ids, units, 0, "卫生健康", "健康知识讲座", "慢病管理、合理用药等主题讲座，每场约一小时。", 10, Measure.SESSIONS, areas);
		resource(ids, units, 33, "卫生健康", "家庭医生上门随访", "为签约居民提供上门随访和健康评估。", 200, Measure.HOURS, areas);
		resource(ids, units, 0, "场地", "医院礼堂借用", "可容纳200人，含音响和投影，周末和工作日晚间可借用。", 6, Measure.DAYS, areas);
		resource(ids, units, 1, "教育", "课后学业辅导", "教师志愿者为居民区学生提供课后辅导。", 80, Measure.HOURS, areas);
		resource(ids, units, 22, "文化", "流动图书服务", "每月一次送书进居民区，可按需点选书目。", 12, Measure.SESSIONS, areas);
		resource(ids, units, 15, "文化", "社区文艺演出", "节庆期间到居民区演出。", 4, Measure.SESSIONS, areas);
		resource(ids, units, 3, "法律", "法律咨询进社区", "律师每月到居民区坐班解答法律问题。", 24, Measure.SESSIONS, areas);
		resource(ids, units, 8, "法律", "反诈骗宣传", "民警讲解常见诈骗手法和防范要点。", 12, Measure.SESSIONS, areas);
		resource(ids, units, 20, ELDERLY, "助老陪伴志愿服务", "志愿者陪伴独居老人聊天、读报、陪同就医。", 60, Measure.HOURS, areas);
		resource(ids, units, 30, ELDERLY, "老年人急救培训", "心肺复苏和防跌倒急救培训。", 3, Measure.SESSIONS, areas);
		resource(ids, units, 38, JOBS, "社区专场招聘会", "组织会员企业到社区开专场招聘。", 2, Measure.SESSIONS, areas);
		resource(ids, units, 29, JOBS, "职业技能培训", "面向待业居民的电脑和电商技能培训。", 4, Measure.SESSIONS, areas);
		// science offers of research units and universities: published, and nobody orders
		// them
		resource(ids, units, 6, "科普", "环保科普讲座", "研究员讲解水环境和垃圾分类背后的科学。", 12, Measure.SESSIONS, areas);
		resource(ids, units, 7, "科普", "航天科普展", "航天测控模型和展板进社区，可配讲解员。", 6, Measure.SESSIONS, areas);
		resource(ids, units, 31, "科普", "青少年科学营", "大学实验室开放日，适合小学高年级和初中学生。", 8, Measure.SESSIONS, areas);
		resource(ids, units, 25, "科普", "科普开放日", "研发中心展厅和实验室开放参观。", 4, Measure.DAYS, areas);
		resource(ids, units, 36, "科普", "水文科普课堂", "讲解黄浦江和苏州河的水文与航道知识。", 10, Measure.SESSIONS, areas);
		// the community's own venue, and a draft not yet on the menu
		ids.put("场地", this.seeds.resource(new ResourceSeed("党群服务中心多功能厅", "可容纳80人，含投影和音响，需提前一周预约。", "场地", null, null,
				"曲阳街道党群服务中心三楼", "工作日9:00-17:00", new BigDecimal(200), Measure.DAYS, true), "staff"));
		resource(ids, units, 16, "志愿服务", "信息技术志愿者（草稿）", "为社区老人和居委会提供电脑、手机使用帮助。", 40, Measure.HOURS, areas, false);
		return ids;
	}

	private void resource(Map<String, Long> ids, List<DemoUnit> units, int unit, String category, String title,
			String description, int capacity, Measure measure, List<Long> areas) {
		resource(ids, units, unit, category, title, description, capacity, measure, areas, true);
	}

	private void resource(Map<String, Long> ids, List<DemoUnit> units, int unit, String category, String title,
			String description, int capacity, Measure measure, List<Long> areas, boolean published) {
		DemoUnit provider = units.get(unit);
		Long area = areas.get(areaIndex(provider.areaName()));
		ids.put(title, this.seeds.resource(new ResourceSeed(title, description, category, provider.id(), area,
				provider.shortName(), null, new BigDecimal(capacity), measure, published), "staff"));
	}

	/**
	 * Everyday needs in most areas, raised in the last eight weeks; three in four are
	 * met.
	 */
	private void everydayNeeds(List<Long> areas, Random random, LocalDate today) {
		for (int a = 0; a < areas.size(); a++) {
			for (int c = 0; c < EVERYDAY.length; c++) {
				if ((a + c) % 3 == 0) {
					continue;
				}
				LocalDate raised = today.minusDays(3 + random.nextInt(50));
				String title = EVERYDAY[c][1 + (a + c) % 2];
				Long id = this.seeds.need(need(title, EVERYDAY[c][0], areas, a, 2 + random.nextInt(5), Measure.SESSIONS,
						raised.plusDays(30 + random.nextInt(30)), Urgency.NORMAL, raised));
				if ((a + c) % 4 != 0) {
					this.seeds.met(id, raiser(a),
							raised.plusDays(1 + random.nextInt((int) (today.toEpochDay() - raised.toEpochDay()))));
				}
			}
		}
	}

	/**
	 * 为老 and 就业 needs: many and large in the deficit areas, and open; elsewhere one of
	 * each, met in every other area. Some are old or past their wanted date.
	 * @return the first needs of the deficit areas, by "category area" (as "为老0")
	 */
	private Map<String, Long> storyNeeds(List<Long> areas, Random random, LocalDate today) {
		Map<String, Long> first = new HashMap<>();
		for (int a = 0; a < areas.size(); a++) {
			boolean deficit = isDeficitArea(a);
			int elderly = deficit ? ELDERLY_NEEDS.length : 1;
			for (int k = 0; k < elderly; k++) {
				Long id = storyNeed(ELDERLY_NEEDS[(k + a) % ELDERLY_NEEDS.length], ELDERLY, areas, a, deficit ? k : 2,
						30 + random.nextInt(90), Measure.HOURS, random, today);
				first.putIfAbsent(ELDERLY + a, id);
				if (!deficit && a % 2 == 0) {
					this.seeds.met(id, raiser(a), today.minusDays(2));
				}
			}
			int jobs = deficit ? JOB_NEEDS.length : 1;
			for (int k = 0; k < jobs; k++) {
				Long id = storyNeed(JOB_NEEDS[(k + a) % JOB_NEEDS.length], JOBS, areas, a, deficit ? k : 2,
						2 + random.nextInt(4), Measure.SESSIONS, random, today);
				first.putIfAbsent(JOBS + a, id);
				if (!deficit && a % 2 == 0) {
					this.seeds.met(id, raiser(a), today.minusDays(2));
				}
			}
		}
		Long beyond = this.seeds.need(need("养老机构床位缺口（长期护理）", ELDERLY, areas, 1, 30, Measure.PEOPLE, today.minusDays(20),
				Urgency.URGENT, today.minusDays(75)));
		this.seeds.beyondCapacity(beyond, "辖区内无养老机构，驻区单位均无床位资源，需区民政局统筹。", "staff", today.minusDays(12));
		first.put("beyond", beyond);
		return first;
	}

	/**
	 * One story need: the first in an area was raised more than 60 days ago, the second
	 * is past its wanted date, the rest are recent.
	 */
	private Long storyNeed(String title, String category, List<Long> areas, int a, int k, int quantity, Measure measure,
			Random random, LocalDate today) {
		LocalDate raised = switch (k) {
			case 0 -> today.minusDays(61 + random.nextInt(30));
			case 1 -> today.minusDays(40 + random.nextInt(15));
			default -> today.minusDays(3 + random.nextInt(40));
		};
		LocalDate wanted = (k == 1) ? today.minusDays(3 + random.nextInt(10)) : today.plusDays(20 + random.nextInt(60));
		Urgency urgency = (k == 1) ? Urgency.PRESSING : (k == 3) ? Urgency.URGENT : Urgency.NORMAL;
		return this.seeds.need(need(title, category, areas, a, quantity, measure, wanted, urgency, raised));
	}

	/**
	 * Needs of units themselves: the community serves the unit. The hospital's summer
	 * care for staff children was met this year (its two-way tab shows both directions),
	 * its permit help is still open.
	 */
	private void unitNeeds(List<DemoUnit> units, List<Long> areas, LocalDate today) {
		LocalDate yearStart = today.withDayOfYear(1);
		LocalDate careMet = today.minusDays(6).isBefore(yearStart) ? yearStart : today.minusDays(6);
		unitNeed(units, areas, 0, "liaison", "职工子女暑期托管", "教育", "医院双职工家庭多，暑期希望社区协助托管职工子女。", 40, Measure.PEOPLE,
				careMet.plusDays(30), careMet.minusDays(25), careMet);
		unitNeed(units, areas, 0, "liaison", "门诊楼改造施工许可协助", "法律", "门诊楼外立面改造需办理占道施工许可，希望街道协助对接相关部门。", 1,
				Measure.SESSIONS, today.plusDays(25), today.minusDays(5), null);
		unitNeed(units, areas, 14, "staff", "工地周边夜间停车协调", "环境", "施工期间职工车辆停放困难，希望居民区协调夜间错峰停车。", 1, Measure.SESSIONS,
				today.plusDays(10), today.minusDays(40), today.minusDays(20));
		unitNeed(units, areas, 37, "staff", "校园招聘信息对接", JOBS, "希望街道就业服务站推送公司招聘信息给辖区待业青年。", 2, Measure.SESSIONS,
				today.plusDays(30), today.minusDays(15), null);
	}

	private void unitNeed(List<DemoUnit> units, List<Long> areas, int unit, String username, String title,
			String category, String description, int quantity, Measure measure, LocalDate wanted, LocalDate raised,
			@Nullable LocalDate metOn) {
		DemoUnit u = units.get(unit);
		Long id = this.seeds
			.need(new NeedSeed(title, description, category, areas.get(areaIndex(u.areaName())), RaisedBy.UNIT, u.id(),
					username, null, new BigDecimal(quantity), measure, wanted, Urgency.NORMAL, raised));
		if (metOn != null) {
			this.seeds.met(id, "staff", metOn);
		}
	}

	/**
	 * Orders in every status: waiting for dispatch (one of them late), dispatched (one to
	 * the demo liaison's unit, one past its reply date), accepted, declined and back with
	 * staff, delivered through a held activity, and rated with a comment.
	 */
	private void orders(List<DemoUnit> units, List<Long> areas, Map<String, Long> resources, Map<String, Long> story,
			LocalDate today) {
		Long hospital = units.get(0).id();
		// 点单, not yet dispatched
		this.seeds.order(story.get(ELDERLY + 0), resources.get("助老陪伴志愿服务"), "secretary", today.minusDays(1),
				today.plusDays(30), new BigDecimal(20), "每周两次，重点是三位八十岁以上独居老人。");
		this.seeds.order(story.get(ELDERLY + 1), resources.get("老年人急救培训"), "staff", today.minusDays(10),
				today.plusDays(20), BigDecimal.ONE, "希望安排在周六上午。");
		// dispatched: to the demo liaison's hospital, and one past its reply date
		Long talk = this.seeds.need(need("楼组健康宣讲", "卫生健康", areas, 0, 1, Measure.SESSIONS, today.plusDays(21),
				Urgency.NORMAL, today.minusDays(6)));
		Long toHospital = this.seeds.order(talk, resources.get("健康知识讲座"), "secretary", today.minusDays(4),
				today.plusDays(21), BigDecimal.ONE, "主题：高血压的日常管理。");
		this.seeds.dispatch(toHospital, hospital, "staff", today.minusDays(3));
		Long fair = this.seeds.order(story.get(JOBS + 1), resources.get("社区专场招聘会"), "staff", today.minusDays(20),
				today.plusDays(15), BigDecimal.ONE, null);
		this.seeds.dispatch(fair, units.get(38).id(), "staff", today.minusDays(18));
		// accepted
		Long training = this.seeds.order(story.get(JOBS + 0), resources.get("职业技能培训"), "secretary", today.minusDays(9),
				today.plusDays(14), new BigDecimal(2), "以电商直播和办公软件为主。");
		this.seeds.dispatch(training, units.get(29).id(), "staff", today.minusDays(8));
		this.seeds.accept(training, today.plusDays(10), "staff", today.minusDays(5));
		// declined: back with staff for dispatch again
		Long fraud = this.seeds.need(need("老年人防诈骗讲座", "法律", areas, 2, 1, Measure.SESSIONS, today.plusDays(25),
				Urgency.PRESSING, today.minusDays(12)));
		Long declined = this.seeds.order(fraud, resources.get("反诈骗宣传"), "staff", today.minusDays(11),
				today.plusDays(25), BigDecimal.ONE, null);
		this.seeds.dispatch(declined, units.get(8).id(), "staff", today.minusDays(10));
		this.seeds.decline(declined, "本月专项行动警力紧张，建议改派或下月再约。", "liaison2", today.minusDays(7));
		delivered(hospital, areas, resources, today);
	}

	/**
	 * Three orders of the hospital's, delivered by activities it held this year: two
	 * clinics, one of them rated by the secretary with a comment, and a day of its hall
	 * for a residents' meeting, rated too (the hospital's two-way tab shows venue days
	 * and ratings).
	 */
	private void delivered(Long hospital, List<Long> areas, Map<String, Long> resources, LocalDate today) {
		List<ActivityView> held = new ArrayList<>(this.activities.forUnitThisYear(hospital)
			.activities()
			.stream()
			.filter((a) -> a.status() == ActivityStatus.HELD)
			.sorted(Comparator.comparing((ActivityView a) -> !FITTING.contains(a.type()))
				.thenComparing(Comparator.comparing(ActivityView::start).reversed()))
			.toList());
		String[][] orders = { { "老年人慢病义诊", "卫生健康", "社区义诊" }, { "社区眼科筛查", "卫生健康", "社区义诊" },
				{ "居民区党员大会借用会场", "场地", "医院礼堂借用" } };
		Measure[] measures = { Measure.SESSIONS, Measure.SESSIONS, Measure.DAYS };
		String[] comments = { "医生很耐心，老人们都说下次还要来。", null, "礼堂设备齐全，医院还安排了专人引导，就是停车位有点紧张。" };
		int[] stars = { 5, 0, 4 };
		for (int i = 0; i < Math.min(orders.length, held.size()); i++) {
			ActivityView activity = held.get(i);
			LocalDate day = activity.start().toLocalDate();
			Long need = this.seeds.need(
					need(orders[i][0], orders[i][1], areas, 0, 1, measures[i], day, Urgency.NORMAL, day.minusDays(20)));
			Long order = this.seeds.order(need, resources.get(orders[i][2]), "secretary", day.minusDays(18), day,
					BigDecimal.ONE, null);
			this.seeds.dispatch(order, hospital, "staff", day.minusDays(17));
			this.seeds.accept(order, day, "liaison", day.minusDays(15));
			this.seeds.deliver(order, activity.id(), "liaison", day);
			String comment = comments[i];
			if (comment != null) {
				this.seeds.rate(order, stars[i], comment, day.plusDays(2).isAfter(today) ? today : day.plusDays(2));
			}
		}
	}

	private NeedSeed need(String title, String category, List<Long> areas, int a, int quantity, Measure measure,
			@Nullable LocalDate wanted, Urgency urgency, LocalDate raised) {
		return new NeedSeed(title, title + "（" + DemoDataGenerator.AREAS[a] + "居民区）", category, areas.get(a),
				RaisedBy.ORGANISATION, areas.get(a), raiser(a), 10 + quantity * 3, new BigDecimal(quantity), measure,
				wanted, urgency, raised);
	}

	/** The secretary of the first area has a demo login; staff raise the others. */
	private static String raiser(int area) {
		return (area == 0) ? "secretary" : "staff";
	}

	static boolean isDeficitArea(int area) {
		for (int a : DEFICIT_AREAS) {
			if (a == area) {
				return true;
			}
		}
		return false;
	}

	private static int areaIndex(String areaName) {
		return List.of(DemoDataGenerator.AREAS).indexOf(areaName);
	}

}
