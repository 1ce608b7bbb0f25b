package org.lianjian.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.lianjian.activity.ActivityForm;
import org.lianjian.activity.ActivityService;
import org.lianjian.project.ProjectService;
import org.lianjian.activity.ActivityType;
import org.lianjian.activity.HeldForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * About forty activities over the past year and the coming two months: most of the past
 * ones held, with volunteers and hours per partner unit, a few cancelled, the future ones
 * planned; some public. Built through the activity module's service, deterministic for a
 * given {@link Random}. The {@code liaison} account's unit (the first unit) is a partner
 * of several.
 */
@Component
class ActivityDemoData {

	private static final Logger log = LoggerFactory.getLogger(ActivityDemoData.class);

	private static final String[][] TITLES = { { "PARTY_LECTURE", "“学思想、强党性”联组党课" }, { "VOLUNTEER", "楼道清洁志愿服务" },
			{ "CULTURE", "社区邻里文化节" }, { "SPORTS", "居民健步走" }, { "CARE", "走访慰问困难家庭" }, { "SCIENCE", "防诈骗科普进小区" },
			{ "HEALTH", "高血压防治健康讲座" }, { "CONSULTATION", "小区停车难议题共商会" }, { "JOINT_STUDY", "区域党建联组学习" },
			{ "OTHER", "垃圾分类宣传" } };

	private static final String[] VENUES = { "街道党群服务中心", "居民区活动室", "社区文化活动中心", "小区中心广场", "单位报告厅" };

	private final ActivityService activities;

	private final ProjectService projects;

	ActivityDemoData(ActivityService activities, ProjectService projects) {
		this.projects = projects;
		this.activities = activities;
	}

	/**
	 * Generates the demo activities. Called last by the demo generator, with an ADMIN
	 * authentication set.
	 * @param unitIds the resident units, the first being the {@code liaison} account's
	 * @param organiserIds organisations that organise activities (for example the core
	 * and the residential areas)
	 * @param random the generator's random source
	 */
	void generate(List<Long> unitIds, List<Long> organiserIds, Random random) {
		if (unitIds.isEmpty() || organiserIds.isEmpty()) {
			return;
		}
		LocalDate today = LocalDate.now();
		int created = 0;
		List<Long> projectIds = this.projects.options().stream().map((p) -> p.id()).toList();
		// about two years of ordinary activities, one every three days, up to three weeks
		// ahead
		for (int i = 0; i < 240; i++) {
			String[] t = TITLES[random.nextInt(TITLES.length)];
			LocalDateTime start = today.minusDays(700).plusDays(i * 3L).atTime(9 + random.nextInt(6), 0);
			List<Long> partners = new ArrayList<>();
			partners.add(i % 4 == 0 ? unitIds.get(0) : unitIds.get(random.nextInt(unitIds.size())));
			Long second = unitIds.get(random.nextInt(unitIds.size()));
			if (random.nextBoolean() && !partners.contains(second)) {
				partners.add(second);
			}
			ActivityForm form = new ActivityForm(t[1], ActivityType.valueOf(t[0]), "", start, start.plusHours(2), null,
					VENUES[random.nextInt(VENUES.length)], organiserIds.get(random.nextInt(organiserIds.size())),
					partners,
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

}
