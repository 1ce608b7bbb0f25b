package org.lianjian.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.agreement.AgreementForm;
import org.lianjian.agreement.AgreementLevel;
import org.lianjian.agreement.AgreementService;
import org.lianjian.agreement.AgreementStatus;
import org.lianjian.agreement.AgreementViews;
import org.lianjian.agreement.CommitmentForm;
import org.lianjian.agreement.CommitmentMeasure;
import org.lianjian.agreement.CooperationArea;
import org.lianjian.agreement.FulfilmentForm;
import org.lianjian.agreement.PairingForm;
import org.lianjian.agreement.PairingService;
import org.lianjian.agreement.Rag;
import org.lianjian.unit.UnitService;
import org.lianjian.unit.UnitView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * About thirty joint-building agreements at both levels and in every status (with a
 * renewed pair), their commitments, fulfilment over the current and the previous year
 * chosen so that some are green, some amber and some red today, a few in force and ending
 * within 60 days, and about eight pairings. Built through the agreement module's
 * services, deterministic for a given {@link Random}.
 *
 * <p>
 * The {@code liaison} account's unit (the first unit) and {@code liaison2}'s (the ninth)
 * each have agreements in force with commitments they are responsible for.
 */
@Component
class AgreementDemoData {

	private static final Logger log = LoggerFactory.getLogger(AgreementDemoData.class);

	/**
	 * A kind of commitment: what is promised, its area, its yearly target (null:
	 * qualitative), and what a fulfilment record says.
	 */
	private record Promise(String description, CooperationArea area, @Nullable Integer target, @Nullable String unit,
			boolean perYear, String... done) {
	}

	private static final Promise LECTURES = new Promise("每年联合开展党课 4 场", CooperationArea.PARTY_BUILDING, 4, "场", true,
			"联合开展“学习贯彻党的创新理论”专题党课", "单位党委书记为居民区党员讲授党课", "组织党员赴红色教育基地开展现场教学");

	private static final Promise VOLUNTEERS = new Promise("组织党员志愿服务 200 小时/年", CooperationArea.PARTY_BUILDING, 200,
			"小时", true, "在职党员“双报到”参与小区垃圾分类值守", "党员志愿者参与社区防汛防台巡查", "组织党员志愿者开展楼道清洁和便民服务");

	private static final Promise SCIENCE_BASE = new Promise("开放科普教育基地 1 个", CooperationArea.SCIENCE, 1, "个", false,
			"科普教育基地挂牌并向社区居民开放");

	private static final Promise ELDERLY = new Promise("为老服务 12 次/年", CooperationArea.ELDERLY, 12, "次", true,
			"走访慰问辖区独居和高龄老人", "为老年人开展智能手机使用培训", "为社区老人提供助餐送餐服务");

	private static final Promise HEALTH_TALKS = new Promise("健康讲座 6 场/年", CooperationArea.HEALTH, 6, "场", true,
			"开展慢性病防治健康讲座", "举办“健康进社区”义诊和健康咨询", "开展老年人防跌倒健康讲座");

	private static final Promise JOBS = new Promise("为社区居民提供就业岗位 10 个", CooperationArea.EMPLOYMENT, 10, "个", true,
			"面向社区就业困难人员提供岗位", "参加街道专场招聘会并录用社区居民");

	private static final Promise CLINIC = new Promise("每季度进社区义诊 1 次", CooperationArea.HEALTH, 4, "次", true,
			"医务党员进社区开展义诊", "为居民测量血压血糖并建立健康档案");

	private static final Promise STUDENTS = new Promise("组织青少年假期社会实践 2 次/年", CooperationArea.EDUCATION, 2, "次", true,
			"组织辖区中小学生开展假期社会实践", "开展“小小志愿者”暑期实践活动");

	private static final Promise CULTURE = new Promise("联合举办社区文化活动 4 场/年", CooperationArea.CULTURE, 4, "场", true,
			"联合举办邻里文化节文艺演出", "开展“我们的节日”主题文化活动", "共同举办社区读书分享会");

	private static final Promise CLEAN_UP = new Promise("社区环境整治志愿行动 6 次/年", CooperationArea.ENVIRONMENT, 6, "次", true,
			"组织党员开展小区环境整治志愿行动", "参与“美丽街区”环境清洁行动");

	private static final Promise VENUE = new Promise("向社区开放党员活动阵地", CooperationArea.PARTY_BUILDING, null, null, true,
			"单位会议室向居民区党组织开放，用于党员组织生活");

	private static final Promise LAW = new Promise("开展法律咨询进社区 8 次/年", CooperationArea.OTHER, 8, "次", true,
			"律师党员在居民区开展法律咨询", "举办反诈和防范非法集资宣传讲座");

	private static final Promise FAMILIES = new Promise("结对帮扶困难家庭 10 户", CooperationArea.OTHER, 10, "户", true,
			"走访结对帮扶困难家庭并送去慰问金", "为困难家庭子女提供学业辅导");

	private static final Promise SECURITY = new Promise("联合开展平安社区宣传 6 次/年", CooperationArea.OTHER, 6, "次", true,
			"民警进社区开展防诈骗宣传", "联合开展夜间平安巡逻");

	private static final Promise[] PROMISES = { LECTURES, VOLUNTEERS, SCIENCE_BASE, ELDERLY, HEALTH_TALKS, JOBS, CLINIC,
			STUDENTS, CULTURE, CLEAN_UP, VENUE, LAW, FAMILIES, SECURITY };

	private final AgreementService agreements;

	private final PairingService pairings;

	private final UnitService units;

	private final Clock clock;

	private LocalDate today = LocalDate.MIN;

	private Random random = new Random(0);

	AgreementDemoData(AgreementService agreements, PairingService pairings, UnitService units, Clock clock) {
		this.agreements = agreements;
		this.pairings = pairings;
		this.units = units;
		this.clock = clock;
	}

	/** What an agreement should look like once generated. */
	private enum Fate {

		DRAFT, SENT_BACK, SUBMITTED, ACTIVE, ENDING_SOON, EXPIRED, TERMINATED

	}

	/**
	 * Generates the agreements and pairings. Needs an authenticated context with staff
	 * rights (the demo loader's).
	 * @param unitIds the demo units, in the generator's order (the first is the
	 * {@code liaison}'s, the ninth {@code liaison2}'s)
	 * @param areaIds the residential-area organisations
	 * @param coreId the sub-district working committee
	 * @param random the generator's seeded random
	 */
	void generate(List<Long> unitIds, List<Long> areaIds, Long coreId, Random random) {
		this.today = LocalDate.now(this.clock);
		this.random = random;
		int n = unitIds.size();
		Long u0 = unitIds.get(0);
		Long u8 = unitIds.get(Math.min(8, n - 1));

		pairings(unitIds, areaIds);

		// the liaison's unit: one agreement with the core, one with its residential area
		Long liaisonMain = subDistrict(coreId, List.of(u0), Fate.ACTIVE, Rag.AMBER, LECTURES, HEALTH_TALKS, CLINIC);
		branch(List.of(u0), Fate.ENDING_SOON, Rag.RED, null, VOLUNTEERS, ELDERLY);
		// liaison2's unit
		subDistrict(coreId, List.of(u8), Fate.ACTIVE, Rag.GREEN, LECTURES, SECURITY, VOLUNTEERS);
		branch(List.of(u8), Fate.ACTIVE, Rag.AMBER, null, CLEAN_UP, SECURITY);

		Long parent = subDistrict(coreId, List.of(at(unitIds, 1)), Fate.ACTIVE, Rag.GREEN, LECTURES, STUDENTS,
				SCIENCE_BASE);
		branch(List.of(at(unitIds, 1)), Fate.ACTIVE, Rag.AMBER, parent, STUDENTS, CULTURE);
		subDistrict(coreId, List.of(at(unitIds, 5)), Fate.ACTIVE, Rag.AMBER, LECTURES, STUDENTS, JOBS);
		subDistrict(coreId, List.of(at(unitIds, 6)), Fate.ENDING_SOON, Rag.RED, LECTURES, SCIENCE_BASE, CLEAN_UP);
		subDistrict(coreId, List.of(at(unitIds, 7)), Fate.ACTIVE, Rag.GREEN, VOLUNTEERS, SCIENCE_BASE);
		branch(List.of(at(unitIds, 3)), Fate.ACTIVE, Rag.GREEN, null, FAMILIES, LAW);
		branch(List.of(at(unitIds, 15)), Fate.ENDING_SOON, Rag.AMBER, null, CULTURE, VENUE);
		subDistrict(coreId, List.of(at(unitIds, 11), at(unitIds, 12)), Fate.ACTIVE, Rag.GREEN, LECTURES, VOLUNTEERS,
				CLEAN_UP, JOBS);
		branch(List.of(at(unitIds, 16)), Fate.ACTIVE, Rag.GREEN, null, CULTURE, JOBS, VENUE);
		branch(List.of(at(unitIds, 20)), Fate.ACTIVE, Rag.RED, null, FAMILIES, ELDERLY, VOLUNTEERS);
		subDistrict(coreId, List.of(at(unitIds, 31)), Fate.ACTIVE, Rag.AMBER, STUDENTS, SCIENCE_BASE, CULTURE,
				LECTURES);
		branch(List.of(at(unitIds, 33), at(unitIds, 32)), Fate.ACTIVE, Rag.GREEN, null, ELDERLY, HEALTH_TALKS, CLINIC);
		branch(List.of(at(unitIds, 9)), Fate.ACTIVE, Rag.GREEN, null, CLEAN_UP, LAW);

		// ended: expired (one of them renewed) and terminated
		Long old = subDistrict(coreId, List.of(at(unitIds, 13)), Fate.EXPIRED, Rag.GREEN, LECTURES, VOLUNTEERS,
				CULTURE);
		branch(List.of(at(unitIds, 17)), Fate.EXPIRED, Rag.AMBER, null, CULTURE, CLEAN_UP);
		subDistrict(coreId, List.of(at(unitIds, 22)), Fate.EXPIRED, Rag.GREEN, CULTURE, STUDENTS);
		branch(List.of(at(unitIds, 26)), Fate.EXPIRED, Rag.RED, null, CLEAN_UP, JOBS);
		branch(List.of(at(unitIds, 19)), Fate.TERMINATED, Rag.AMBER, null, CLEAN_UP, VOLUNTEERS);
		subDistrict(coreId, List.of(at(unitIds, 24)), Fate.TERMINATED, Rag.GREEN, LECTURES, VENUE);

		// waiting: submitted, drafts (one sent back once)
		subDistrict(coreId, List.of(at(unitIds, 25)), Fate.SUBMITTED, Rag.GREEN, LECTURES, JOBS, SCIENCE_BASE);
		branch(List.of(at(unitIds, 27)), Fate.SUBMITTED, Rag.GREEN, null, ELDERLY, VENUE);
		branch(List.of(at(unitIds, 29)), Fate.SUBMITTED, Rag.GREEN, null, STUDENTS, CULTURE, LAW);
		subDistrict(coreId, List.of(at(unitIds, 34)), Fate.DRAFT, Rag.GREEN, STUDENTS, HEALTH_TALKS);
		branch(List.of(at(unitIds, 35)), Fate.SENT_BACK, Rag.GREEN, null, FAMILIES, JOBS);
		branch(List.of(at(unitIds, 37)), Fate.DRAFT, Rag.GREEN, null, VOLUNTEERS, JOBS, CULTURE);

		// the renewed pair: the old term ended last year, the new one runs from this
		// January
		renew(old);
		int expired = this.agreements.expireEnded(this.today);
		log.info("Demo data: agreements generated ({} expired), liaison's main agreement {}", expired, liaisonMain);
	}

	private static Long at(List<Long> ids, int index) {
		return ids.get(Math.min(index, ids.size() - 2));
	}

	// ---------------------------------------------------------------- pairings

	private void pairings(List<Long> unitIds, List<Long> areaIds) {
		LocalDate since = this.today.minusYears(2).withDayOfYear(1);
		// organisation with unit: the residential area where the unit lies
		for (int i : new int[] { 0, 3, 8, 15, 20, 33 }) {
			Long unit = at(unitIds, i);
			UnitView v = this.units.detail(unit);
			if (v.residentialAreaId() != null) {
				this.pairings.create(new PairingForm(v.residentialAreaId(), unit, null,
						since.plusDays(this.random.nextInt(300)), null, "居民区党组织与驻区单位党组织结对共建"));
			}
		}
		// branch with branch: a residential area with a unit's party organisation, and
		// two
		// residential areas
		UnitView school = this.units.detail(at(unitIds, 2));
		if (school.residentialAreaId() != null && school.partyOrgId() != null) {
			this.pairings.create(new PairingForm(school.residentialAreaId(), null, school.partyOrgId(), since, null,
					"支部结对：党员教师进社区开展课后服务"));
		}
		if (areaIds.size() > 3) {
			this.pairings.create(new PairingForm(areaIds.get(1), null, areaIds.get(3), since.minusYears(1),
					since.plusMonths(6), "老旧小区改造经验交流（已结束）"));
			this.pairings
				.create(new PairingForm(areaIds.get(2), null, areaIds.get(3), since, null, "相邻居民区党组织联建，共同开展睦邻活动"));
		}
	}

	// ---------------------------------------------------------------- agreements

	private Long subDistrict(Long coreId, List<Long> unitIds, Fate fate, Rag want, Promise... promises) {
		UnitView first = this.units.detail(unitIds.get(0));
		String title = "曲阳街道党工委与" + shortName(first) + "区域化党建共建协议";
		return agreement(AgreementLevel.SUB_DISTRICT, coreId, unitIds, title, null, fate, want, promises);
	}

	private Long branch(List<Long> unitIds, Fate fate, Rag want, @Nullable Long parentId, Promise... promises) {
		UnitView first = this.units.detail(unitIds.get(0));
		Long area = Objects.requireNonNull(first.residentialAreaId());
		String title = Objects.requireNonNullElse(first.residentialAreaName(), "居民区党组织") + "与" + shortName(first)
				+ "党组织结对共建协议";
		return agreement(AgreementLevel.BRANCH, area, unitIds, title, parentId, fate, want, promises);
	}

	private static String shortName(UnitView v) {
		return v.shortName() != null ? v.shortName() : v.name();
	}

	private Long agreement(AgreementLevel level, Long orgId, List<Long> unitIds, String title, @Nullable Long parentId,
			Fate fate, Rag want, Promise... promises) {
		LocalDate start;
		LocalDate end;
		switch (fate) {
			case ENDING_SOON -> {
				// ends within 60 days; late enough in its part of the year for red to be
				// possible (more than 75% elapsed)
				int dayOfYear = this.today.getDayOfYear();
				end = this.today.plusDays(Math.min(55, Math.max(0, dayOfYear / 4 - this.random.nextInt(3))));
				start = end.minusYears(3).plusDays(1);
			}
			case EXPIRED -> {
				end = this.today.withDayOfYear(1).minusDays(1 + (want == Rag.GREEN ? 0 : 30 * this.random.nextInt(6)));
				start = end.minusYears(3).plusDays(1);
			}
			case DRAFT, SENT_BACK, SUBMITTED -> {
				start = this.today.withDayOfMonth(1).plusMonths(1);
				end = start.plusYears(3).minusDays(1);
			}
			default -> {
				// this year's or last year's January: in force beyond the next 60 days
				start = this.today.withDayOfYear(1).minusYears(this.random.nextInt(2));
				end = start.plusYears(3).minusDays(1);
			}
		}
		Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);
		List<CommitmentForm> rows = new ArrayList<>();
		for (int i = 0; i < promises.length; i++) {
			Promise p = promises[i];
			areas.add(p.area());
			// the community side delivers the first promise, the units the others in turn
			Long responsible = i == 0 ? null : unitIds.get((i - 1) % unitIds.size());
			rows.add(new CommitmentForm(null, p.description(), responsible, p.area(),
					p.target() == null ? null : BigDecimal.valueOf(p.target()), p.unit(), p.perYear(),
					p.perYear() ? null : end.minusMonths(6), p == VOLUNTEERS ? CommitmentMeasure.HOURS : null));
		}
		String summary = "双方本着“资源共享、优势互补、共驻共建、互利共赢”的原则，围绕" + areaNames(areas)
				+ "等领域开展共建，建立联席会议制度，每半年召开一次工作例会，互通情况、共商事项。";
		Long id = this.agreements.createDraft(new AgreementForm(title, level, orgId, new ArrayList<>(unitIds), areas,
				start, end, summary, parentId, null, rows, null));
		advance(id, fate, want, start, end);
		return id;
	}

	private void advance(Long id, Fate fate, Rag want, LocalDate start, LocalDate end) {
		if (fate == Fate.DRAFT) {
			return;
		}
		this.agreements.submit(id);
		if (fate == Fate.SENT_BACK) {
			this.agreements.sendBack(id, "承诺事项的目标数量和责任方不够明确，请补充后重新提交。");
			return;
		}
		if (fate == Fate.SUBMITTED) {
			return;
		}
		LocalDate signed = start.minusDays(3 + this.random.nextInt(20));
		this.agreements.approve(id, signed.isAfter(this.today) ? this.today : signed);
		fulfil(id, fate, want, start, end);
		if (fate == Fate.TERMINATED) {
			this.agreements.terminate(id, "驻区单位机构调整，经双方协商一致提前终止协议。");
		}
	}

	private static String areaNames(Set<CooperationArea> areas) {
		List<String> names = new ArrayList<>();
		for (CooperationArea a : areas) {
			names.add(switch (a) {
				case PARTY_BUILDING -> "党建";
				case EDUCATION -> "教育";
				case CULTURE -> "文化";
				case HEALTH -> "卫生健康";
				case SCIENCE -> "科普";
				case EMPLOYMENT -> "就业";
				case ELDERLY -> "为老服务";
				case ENVIRONMENT -> "环境";
				case OTHER -> "社会治理";
			});
		}
		return String.join("、", new LinkedHashSet<>(names));
	}

	// ---------------------------------------------------------------- fulfilment

	/**
	 * Logs fulfilment: last year's (if the term covered it) at 60–110% of the target, and
	 * this year's chosen so that one commitment shows the wanted colour today and the
	 * others are green. For an expired agreement the "year" is the last year of its term.
	 */
	private void fulfil(Long id, Fate fate, Rag want, LocalDate start, LocalDate end) {
		AgreementViews.Detail detail = this.agreements.detail(id);
		boolean ended = end.isBefore(this.today);
		LocalDate judgeOn = ended ? end : this.today;
		int wanted = detail.commitments().isEmpty() ? -1 : this.random.nextInt(detail.commitments().size());
		for (int i = 0; i < detail.commitments().size(); i++) {
			AgreementViews.CommitmentView c = detail.commitments().get(i);
			Promise promise = promise(c.description());
			// the year before the judged one
			LocalDate lastYearStart = judgeOn.withDayOfYear(1).minusYears(1);
			LocalDate lastYearEnd = judgeOn.withDayOfYear(1).minusDays(1);
			if (!start.isAfter(lastYearEnd)) {
				LocalDate from = start.isAfter(lastYearStart) ? start : lastYearStart;
				BigDecimal target = c.targetQuantity() == null ? BigDecimal.ONE : c.targetQuantity();
				BigDecimal amount = target.multiply(BigDecimal.valueOf(60 + this.random.nextInt(51)))
					.divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP)
					.max(BigDecimal.ONE);
				log(id, c, promise, amount, from, lastYearEnd);
			}
			// the judged year
			Rag colour = (i == wanted || (fate == Fate.TERMINATED && i == 0)) ? want : Rag.GREEN;
			BigDecimal amount = amountFor(colour, c.targetQuantity(), start, end, judgeOn);
			LocalDate from = start.isAfter(judgeOn.withDayOfYear(1)) ? start : judgeOn.withDayOfYear(1);
			if (amount.signum() > 0) {
				log(id, c, promise, amount, from, judgeOn);
			}
		}
	}

	private static Promise promise(String description) {
		for (Promise p : PROMISES) {
			if (p.description().equals(description)) {
				return p;
			}
		}
		return LECTURES;
	}

	/**
	 * A delivered quantity that the rule judges as the wanted colour on the day, or the
	 * nearest colour possible (red is impossible early in a year, for example).
	 */
	private BigDecimal amountFor(Rag want, @Nullable BigDecimal target, LocalDate start, LocalDate end, LocalDate on) {
		int goal = target == null ? 1 : target.intValue();
		List<Integer> fitting = new ArrayList<>();
		for (Rag colour : want == Rag.RED ? new Rag[] { Rag.RED, Rag.AMBER, Rag.GREEN }
				: want == Rag.AMBER ? new Rag[] { Rag.AMBER, Rag.GREEN } : new Rag[] { Rag.GREEN }) {
			for (int q = 0; q <= goal; q++) {
				if (Rag.of(target, BigDecimal.valueOf(q), start, end, on) == colour) {
					fitting.add(q);
				}
			}
			if (!fitting.isEmpty()) {
				break;
			}
		}
		if (fitting.isEmpty()) {
			return BigDecimal.valueOf(goal);
		}
		if (want == Rag.GREEN) {
			// the smallest green amount, sometimes a bit more
			int q = fitting.get(0);
			return BigDecimal.valueOf(Math.min(goal, q + this.random.nextInt(Math.max(1, goal / 5 + 1))));
		}
		return BigDecimal.valueOf(fitting.get(this.random.nextInt(fitting.size())));
	}

	/** Splits an amount into one to four records spread over [from, to]. */
	private void log(Long agreementId, AgreementViews.CommitmentView c, Promise promise, BigDecimal amount,
			LocalDate from, LocalDate to) {
		int records = Math.max(1, Math.min(amount.intValue(), 1 + this.random.nextInt(4)));
		if (c.targetQuantity() == null) {
			records = 1;
		}
		long span = Math.max(0, ChronoUnit.DAYS.between(from, to));
		BigDecimal left = amount;
		for (int r = 0; r < records; r++) {
			BigDecimal part = r == records - 1 ? left
					: amount.divide(BigDecimal.valueOf(records), 0, java.math.RoundingMode.DOWN).max(BigDecimal.ONE);
			if (part.compareTo(left) > 0) {
				part = left;
			}
			left = left.subtract(part);
			LocalDate on = from.plusDays(span * (r + 1) / (records + 1));
			if (on.isAfter(this.today)) {
				on = this.today;
			}
			String what = promise.done()[this.random.nextInt(promise.done().length)];
			this.agreements.logFulfilment(agreementId,
					new FulfilmentForm(c.id(), on, what, c.targetQuantity() == null ? BigDecimal.ONE : part));
			if (left.signum() <= 0) {
				break;
			}
		}
	}

	// ---------------------------------------------------------------- renewal

	private void renew(Long oldId) {
		AgreementForm f = this.agreements.renewalForm(oldId);
		String title = Objects.requireNonNull(f.title()).replace("共建协议", "共建协议（续签）");
		Long id = this.agreements
			.createDraft(new AgreementForm(title, f.level(), f.communityOrgId(), f.unitIds(), f.areas(), f.termStart(),
					f.termEnd(), f.summary(), f.parentAgreementId(), f.renewedFromId(), f.commitments(), null));
		this.agreements.submit(id);
		LocalDate start = Objects.requireNonNull(f.termStart());
		this.agreements.approve(id, start.minusDays(10).isAfter(this.today) ? this.today : start.minusDays(10));
		LocalDate end = Objects.requireNonNull(f.termEnd());
		if (!start.isAfter(this.today)) {
			fulfil(id, Fate.ACTIVE, Rag.GREEN, start, end);
		}
		AgreementViews.Detail d = this.agreements.detail(id);
		if (d.status() != AgreementStatus.ACTIVE) {
			log.warn("renewal {} is {}", d.number(), d.status());
		}
	}

}
