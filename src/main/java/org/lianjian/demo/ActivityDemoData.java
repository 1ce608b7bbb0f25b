package org.lianjian.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Random;

import org.lianjian.activity.ActivityForm;
import org.lianjian.activity.ActivityService;
import org.lianjian.activity.ActivityStatus;
import org.lianjian.activity.ActivityView;
import org.lianjian.project.ProjectService;
import org.lianjian.activity.ActivityType;
import org.lianjian.activity.HeldForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * About 240 activities over the past two years and the coming three weeks: most of the
 * past ones held, with volunteers and hours per partner unit, a few cancelled, the future
 * ones planned; some public. Titles are composed from the type's themes, the area and a
 * partner unit. This year's festival activities that lie in the past are held too. Built
 * through the activity module's service, deterministic for a given {@link Random}. The
 * {@code liaison} account's unit (the first unit) is a partner of several.
 */
@Component
class ActivityDemoData {

	private static final Logger log = LoggerFactory.getLogger(ActivityDemoData.class);

	/** Activity types, one drawn per activity (the order fixes the seeded sequence). */
	private static final ActivityType[] TYPES = { ActivityType.PARTY_LECTURE, ActivityType.VOLUNTEER,
			ActivityType.CULTURE, ActivityType.SPORTS, ActivityType.CARE, ActivityType.SCIENCE, ActivityType.HEALTH,
			ActivityType.CONSULTATION, ActivityType.JOINT_STUDY, ActivityType.OTHER };

	/** What an activity of each type (same order as {@link #TYPES}) is about. */
	private static final String[][] THEMES = {
			{ "“学思想、强党性”联组党课", "学习贯彻党的创新理论专题党课", "“不忘初心”主题党课", "红色故事分享会", "书记讲党课", "党史学习专题讲座" },
			{ "楼道清洁志愿服务", "在职党员“双报到”志愿服务", "爱心义剪进社区", "旧衣物回收志愿行动", "文明交通志愿岗", "便民维修服务日" },
			{ "邻里文化节", "社区读书分享会", "书法兴趣课堂", "社区合唱团展演", "非遗手工体验", "睦邻电影放映" },
			{ "居民健步走", "社区趣味运动会", "太极拳晨练展示", "亲子羽毛球赛", "广场舞交流展演" },
			{ "走访慰问困难家庭", "独居老人上门探访", "助老助餐送温暖", "困境儿童结对关爱", "高龄老人生日会" },
			{ "防诈骗科普进小区", "老年人智能手机课堂", "青少年科普实验课", "垃圾分类科普讲堂", "消防安全科普演练" },
			{ "高血压防治健康讲座", "家庭医生签约咨询", "义诊进社区", "中医养生讲座", "心肺复苏急救培训" },
			{ "小区停车难议题共商会", "加装电梯居民议事会", "老旧小区改造共商会", "睦邻议事厅", "物业服务质量评议会" },
			{ "区域党建联组学习", "驻区单位党组织联席会议", "党建共建项目交流会", "基层治理经验分享会" },
			{ "垃圾分类宣传", "平安社区宣传", "法律咨询进社区", "就业政策宣讲", "反诈宣传" } };

	/** Seeds of the title and festival draws, apart from the generator's sequence. */
	private static final long TITLE_SEED = 1126L, FESTIVAL_SEED = 1127L;

	private static final String[] VENUES = { "街道党群服务中心", "居民区活动室", "社区文化活动中心", "小区中心广场", "单位报告厅" };

	private final ActivityService activities;

	private final ProjectService projects;

	private final Clock clock;

	ActivityDemoData(ActivityService activities, ProjectService projects, Clock clock) {
		this.projects = projects;
		this.activities = activities;
		this.clock = clock;
	}

	/**
	 * Generates the demo activities. Called last by the demo generator, with an ADMIN
	 * authentication set.
	 * @param units the resident units, the first being the {@code liaison} account's
	 * @param organisers organisations that organise activities (the core and the
	 * residential areas), with the name of the place they stand for
	 * @param random the generator's random source
	 */
	void generate(List<DemoUnit> units, Map<Long, String> organisers, Random random) {
		if (units.isEmpty() || organisers.isEmpty()) {
			return;
		}
		List<Long> unitIds = units.stream().map(DemoUnit::id).toList();
		List<Long> organiserIds = new ArrayList<>(organisers.keySet());
		Random titles = new Random(TITLE_SEED);
		LocalDate today = LocalDate.now(this.clock);
		int created = 0;
		List<Long> projectIds = this.projects.options().stream().map((p) -> p.id()).toList();
		// about two years of ordinary activities, one every three days, up to three weeks
		// ahead
		for (int i = 0; i < 240; i++) {
			int type = random.nextInt(TYPES.length);
			LocalDateTime start = today.minusDays(700).plusDays(i * 3L).atTime(9 + random.nextInt(6), 0);
			List<Long> partners = new ArrayList<>();
			partners.add(i % 4 == 0 ? unitIds.get(0) : unitIds.get(random.nextInt(unitIds.size())));
			Long second = unitIds.get(random.nextInt(unitIds.size()));
			if (random.nextBoolean() && !partners.contains(second)) {
				partners.add(second);
			}
			String venue = VENUES[random.nextInt(VENUES.length)];
			Long organiser = organiserIds.get(random.nextInt(organiserIds.size()));
			String title = title(type, organisers.getOrDefault(organiser, ""),
					units.get(unitIds.indexOf(partners.get(0))), titles);
			ActivityForm form = new ActivityForm(title, TYPES[type], "", start, start.plusHours(2), null, venue,
					organiser, partners,
					(i % 5 == 0 && !projectIds.isEmpty()) ? projectIds.get(random.nextInt(projectIds.size())) : null,
					List.of(), random.nextInt(3) > 0, 0L);
			Long id = this.activities.create(form);
			created++;
			if (!start.toLocalDate().isBefore(today)) {
				continue;
			}
			if (random.nextInt(10) == 0) {
				this.activities.cancel(id, this.activities.detail(id).version());
				continue;
			}
			List<HeldForm.UnitRow> rows = new ArrayList<>();
			for (Long p : partners) {
				int volunteers = 2 + random.nextInt(12);
				rows.add(new HeldForm.UnitRow(p, volunteers, BigDecimal.valueOf(volunteers * 2L - random.nextInt(3))));
			}
			this.activities.markHeld(id, new HeldForm(20 + random.nextInt(180), "活动顺利开展，居民参与踊跃。", rows, List.of(),
					this.activities.detail(id).version()), List.of());
		}
		log.info("Demo data: {} activities", created);
	}

	/**
	 * A title from the type's themes, the area and the first partner unit, in one of a
	 * few shapes, so that two activities rarely share one.
	 */
	private static String title(int type, String area, DemoUnit partner, Random titles) {
		String[] themes = THEMES[type];
		String theme = themes[titles.nextInt(themes.length)];
		return switch (titles.nextInt(4)) {
			case 0 -> area + theme;
			case 1 -> partner.shortName() + "走进" + area + "：" + theme;
			case 2 -> theme + "（" + partner.shortName() + "）";
			default -> area + "·" + partner.shortName() + theme;
		};
	}

	/**
	 * Holds this year's festival activities that lie in the past: one or two partner
	 * units each, with volunteers, hours and residents served.
	 * @param units the demo units
	 * @param today the demo's today
	 */
	void holdPastFestivals(List<DemoUnit> units, LocalDate today) {
		Random random = new Random(FESTIVAL_SEED);
		int held = 0;
		for (ActivityView festival : this.activities.inRange(today.withDayOfYear(1), today.minusDays(1), null)) {
			if (festival.festivalTag() == null || festival.status() != ActivityStatus.PLANNED
					|| !festival.start().toLocalDate().isBefore(today)) {
				continue;
			}
			ActivityForm f = this.activities.form(festival.id());
			List<Long> partners = new ArrayList<>();
			partners.add(units.get(random.nextInt(units.size())).id());
			Long second = units.get(random.nextInt(units.size())).id();
			if (random.nextBoolean() && !partners.contains(second)) {
				partners.add(second);
			}
			this.activities.update(festival.id(),
					new ActivityForm(f.title(), f.type(), f.festivalTag(), f.start(), f.end(), f.positionId(),
							VENUES[random.nextInt(VENUES.length)], f.organiserOrgId(), partners, f.projectId(),
							f.commitmentIds(), f.publicFlag(), f.version()));
			// each volunteer serves at most the activity's length in whole hours (the
			// activity module's cap), here between half of it and all of it
			long length = Math.max(1,
					(Duration.between(Objects.requireNonNull(f.start()), Objects.requireNonNull(f.end())).toMinutes()
							+ 59) / 60);
			List<HeldForm.UnitRow> rows = new ArrayList<>();
			for (Long p : partners) {
				int volunteers = 4 + random.nextInt(16);
				long hours = volunteers * length - random.nextInt((int) Math.max(1, volunteers * length / 2));
				rows.add(new HeldForm.UnitRow(p, volunteers, BigDecimal.valueOf(hours)));
			}
			this.activities.markHeld(festival.id(),
					new HeldForm(80 + random.nextInt(400), festival.title() + "主题活动顺利举办，驻区单位党员志愿者参与服务，居民反响热烈。", rows,
							List.of(), this.activities.detail(festival.id()).version()),
					List.of());
			held++;
		}
		log.info("Demo data: {} past festival activities held", held);
	}

}
