package org.lianjian.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.unit.UnitStatus;

/**
 * The matching module's rows (issue 18): resources (资源清单) of units and of the community,
 * needs (需求清单) of residential areas and of units, orders (点单 → 派单 → 接单 → 交付 → 评单) with
 * every status, and the history of every need and order transition. The rules are the
 * portal's: an order moves only along {@code OrderStep}; a need goes 待对接 → 已对接 at its
 * first order, → 服务中 at its first acceptance, → 已满足 when its delivered orders in its
 * measure reach its quantity (or by hand), or 未满足关闭 with a reason; a delivery is a held
 * activity of the provider unit (each activity delivers one order) with that unit's
 * hours; each stage's due and red dates follow {@code Deadlines} (3 and 5 working days,
 * China's calendar); an order fits the resource's capacity left in its year. Counts are
 * the size's; every status comes from a smooth weighted round robin, so even size T has
 * each of them, and dates of open work are counted back from today.
 */
final class MatchingData {

	/** A category as the migration seeded it. */
	record CategoryRow(long id, String name) {
	}

	/**
	 * Per category name: need titles, resource titles, measures, need weight, resource
	 * weight.
	 */
	private record Kind(String[] needs, String[] offers, String[] measures, int needWeight, int offerWeight) {
	}

	private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

	static {
		kind("教育", 8, 8, new String[] { "HOURS", "SESSIONS" },
				new String[] { "青少年课后作业辅导", "暑期托管服务", "家庭教育讲座", "青少年心理辅导" },
				new String[] { "课后辅导志愿服务", "暑期托管师资支持", "家庭教育讲座" });
		kind("文化", 7, 10, new String[] { "SESSIONS", "PERSON_TIMES" }, new String[] { "社区文艺演出", "书画培训班", "读书分享活动" },
				new String[] { "文艺演出进社区", "书画培训", "图书流动服务" });
		kind("卫生健康", 12, 9, new String[] { "SESSIONS", "PERSON_TIMES" }, new String[] { "老年人慢病健康讲座", "社区义诊", "心理健康咨询" },
				new String[] { "医务志愿者义诊", "健康讲座", "家庭医生咨询" });
		kind("科普", 4, 14, new String[] { "SESSIONS", "PERSON_TIMES" }, new String[] { "青少年科普课堂", "防灾减灾科普宣传" },
				new String[] { "科普教育基地开放", "科普讲座", "科学实验课" });
		kind("就业", 12, 5, new String[] { "PEOPLE", "SESSIONS" }, new String[] { "就业困难人员岗位推荐", "青年就业指导", "职业技能培训" },
				new String[] { "就业岗位提供", "职业技能培训", "招聘会摊位" });
		kind("为老", 16, 6, new String[] { "PERSON_TIMES", "HOURS" }, new String[] { "独居老人助餐", "高龄老人上门探访", "老年人智能手机培训" },
				new String[] { "助餐送餐服务", "上门探访志愿服务", "智能手机使用培训" });
		kind("帮困", 8, 5, new String[] { "MONEY", "PERSON_TIMES" }, new String[] { "困难家庭慰问帮扶", "困难学生助学" },
				new String[] { "结对帮困资金", "爱心物资捐赠" });
		kind("法律", 6, 6, new String[] { "HOURS", "SESSIONS" }, new String[] { "法律咨询", "矛盾纠纷调解支持" },
				new String[] { "律师法律咨询", "法治讲座" });
		kind("环境", 8, 7, new String[] { "HOURS", "PERSON_TIMES" }, new String[] { "小区环境整治", "垃圾分类宣传值守" },
				new String[] { "环境整治志愿服务", "垃圾分类宣传" });
		kind("场地", 6, 10, new String[] { "DAYS", "SESSIONS" }, new String[] { "居民议事活动场地", "党员组织生活场地" },
				new String[] { "会议室开放", "活动场地共享" });
		kind("志愿服务", 8, 10, new String[] { "HOURS", "PERSON_TIMES" }, new String[] { "防汛防台志愿巡查", "楼道清洁志愿服务" },
				new String[] { "党员志愿服务", "青年志愿者服务队" });
		kind("党建", 5, 10, new String[] { "SESSIONS" }, new String[] { "专题党课", "党建联组学习" },
				new String[] { "党课宣讲", "联组学习交流" });
	}

	private static final Kind OTHER = new Kind(new String[] { "社区服务需求" }, new String[] { "社区服务" },
			new String[] { "SESSIONS" }, 2, 2);

	/** A unit's own needs (the community serves the unit): category name and title. */
	private static final String[][] UNIT_NEEDS = { { "教育", "职工子女暑期托管" }, { "就业", "专场招聘会" }, { "场地", "职工停车位协调" },
			{ "法律", "证照办理协助" }, { "卫生健康", "职工健康讲座" } };

	private static final String[] CONDITIONS = { "需提前两周预约", "工作日白天", "每次不超过 30 人", "需居民区出具需求说明", "节假日除外" };

	private static final String[] DECLINES = { "本月服务档期已满，无法按期安排。", "服务内容超出本单位能力范围。", "专业人员外派，暂无法接单。" };

	private static final String[] CANCELS = { "居民区已自行解决，撤回点单。", "需求调整，取消本次点单。", "时间冲突，重新点单。" };

	private static final String[] UNMET = { "辖区内暂无匹配资源，需求方同意关闭。", "需求已过时效，居民区申请关闭。", "经协调仍无法满足，转报上级党委。" };

	private static final String[] BEYOND = { "辖区单位均无此类专业资源", "所需经费超出街道统筹能力", "涉及跨区协调" };

	private static final String[] COMMENTS = { "服务专业，居民满意。", "准时到场，效果很好。", "内容实用，希望常态化开展。", "组织有序，个别环节可改进。",
			"响应及时，感谢共建单位。" };

	private static void kind(String name, int needWeight, int offerWeight, String[] measures, String[] needs,
			String[] offers) {
		KINDS.put(name, new Kind(needs, offers, measures, needWeight, offerWeight));
	}

	private enum Fate {

		OPEN(6), MATCHED(6), IN_SERVICE(10), MET_DELIVERED(52), MET_BY_HAND(8), CLOSED_UNMET(18);

		final int weight;

		Fate(int weight) {
			this.weight = weight;
		}

	}

	// ---------------------------------------------------------------- rows

	private static final class Res {

		long id;

		CategoryRow category = new CategoryRow(0, "");

		String measure = "";

		Dataset.@Nullable Unit provider;

		BigDecimal capacity = BigDecimal.ONE;

		boolean published;

		LocalDate created = LocalDate.MIN;

		final Map<Integer, BigDecimal> used = new HashMap<>();

		boolean fits(LocalDate day, BigDecimal quantity) {
			return this.published && !this.created.isAfter(day)
					&& this.used.getOrDefault(day.getYear(), BigDecimal.ZERO)
						.add(quantity)
						.compareTo(this.capacity) <= 0;
		}

	}

	/** A history line; {@code ref}'s id is appended to the note when written. */
	private record Change(LocalDate day, int hour, String by, @Nullable String from, String to, @Nullable String note,
			@Nullable Ord ref) {
	}

	private static final class NeedRow {

		long id;

		int index;

		Fate fate = Fate.OPEN;

		int orderCount;

		CategoryRow category = new CategoryRow(0, "");

		String title = "";

		int area;

		String raisedBy = "STAFF";

		Dataset.@Nullable Unit unit;

		String createdBy = "";

		String measure = "";

		BigDecimal quantity = BigDecimal.ONE;

		LocalDate created = LocalDate.MIN;

		@Nullable LocalDate wantedBy;

		String status = "OPEN";

		@Nullable String closeReason;

		@Nullable LocalDate closedOn;

		@Nullable LocalDate beyondOn;

		@Nullable String beyondReason;

		@Nullable Long project;

		final List<Ord> orders = new ArrayList<>();

		final List<Change> changes = new ArrayList<>();

	}

	private static final class Ord {

		long id;

		NeedRow need;

		Res res;

		String status = "ORDERED";

		String orderedBy = "";

		LocalDate orderedOn;

		LocalDate wanted;

		BigDecimal quantity = BigDecimal.ONE;

		@Nullable Long provider;

		@Nullable String dispatchedBy;

		@Nullable LocalDate dispatchedOn;

		@Nullable LocalDate replyBy;

		@Nullable LocalDate acceptedOn;

		@Nullable LocalDate planned;

		@Nullable String declineReason;

		Dataset.@Nullable Held activity;

		@Nullable Integer rating;

		@Nullable String comment;

		@Nullable LocalDate ratedOn;

		@Nullable String cancelReason;

		LocalDate dispatchDue;

		LocalDate dispatchRed;

		@Nullable LocalDate replyDue;

		@Nullable LocalDate replyRed;

		LocalDate deliveryDue;

		LocalDate deliveryRed;

		final List<Change> changes = new ArrayList<>();

		Ord(NeedRow need, Res res, LocalDate orderedOn) {
			this.need = need;
			this.res = res;
			this.orderedOn = orderedOn;
			this.wanted = orderedOn;
			this.dispatchDue = orderedOn;
			this.dispatchRed = orderedOn;
			this.deliveryDue = orderedOn;
			this.deliveryRed = orderedOn;
		}

		LocalDate last() {
			return this.changes.get(this.changes.size() - 1).day();
		}

		boolean delivered() {
			return this.status.equals("DELIVERED") || this.status.equals("RATED");
		}

	}

	// ---------------------------------------------------------------- tables

	private final CopyBuffer resourceRows = new CopyBuffer("service_resource",
			"id,version,title,description,category_id,provider_unit_id,position_id,area_id,location,conditions,"
					+ "capacity_per_year,measure,published,created_by,created_at,updated_at");

	private final CopyBuffer needRows = new CopyBuffer("need",
			"id,version,title,description,category_id,area_id,grid_cell,raised_by_kind,raised_by_org_id,"
					+ "raised_by_unit_id,direction,people_served,quantity,measure,wanted_by,urgency,status,close_reason,"
					+ "closed_on,project_id,beyond_capacity,beyond_capacity_reason,beyond_capacity_on,created_by,"
					+ "created_at,updated_at");

	private final CopyBuffer orderRows = new CopyBuffer("service_order",
			"id,version,need_id,resource_id,ordered_by,ordered_on,wanted_date,quantity,note,status,provider_unit_id,"
					+ "dispatched_by,dispatched_on,reply_by,accepted_on,planned_date,decline_reason,activity_id,"
					+ "delivered_on,hours,people_served,rating,rating_comment,rated_on,cancel_reason,dispatch_due,"
					+ "dispatch_red,reply_due,reply_red,delivery_due,delivery_red,created_at,updated_at");

	private final CopyBuffer needChangeRows = new CopyBuffer("need_change",
			"id,need_id,changed_at,changed_by,from_status,to_status,note");

	private final CopyBuffer orderChangeRows = new CopyBuffer("service_order_change",
			"id,order_id,changed_at,changed_by,from_status,to_status,note");

	// ---------------------------------------------------------------- state

	private final Dataset data;

	private final Random random;

	private final LocalDate today;

	private final List<CategoryRow> categoryList;

	private final ChinaWorkingDays days;

	private final List<Res> resourceList = new ArrayList<>();

	private final Map<String, List<Res>> pools = new HashMap<>();

	private final List<Res> published = new ArrayList<>();

	private final Map<Long, List<Dataset.Held>> held = new HashMap<>();

	private final Set<Long> usedActivities = new HashSet<>();

	private final Map<Long, Double> quality = new HashMap<>();

	private final Map<Long, Dataset.Unit> unitsById = new HashMap<>();

	private final int[] wrrFates = new int[Fate.values().length];

	private final Map<String, int[]> wrrStatuses = new HashMap<>();

	MatchingData(Dataset data, List<CategoryRow> categories, ChinaWorkingDays days) {
		this.data = data;
		this.random = data.random();
		this.today = data.today();
		this.categoryList = categories;
		this.days = days;
	}

	CopyBuffer resources() {
		return this.resourceRows;
	}

	CopyBuffer needs() {
		return this.needRows;
	}

	CopyBuffer orders() {
		return this.orderRows;
	}

	CopyBuffer needChanges() {
		return this.needChangeRows;
	}

	CopyBuffer orderChanges() {
		return this.orderChangeRows;
	}

	void build() {
		if (this.categoryList.isEmpty()) {
			return;
		}
		for (Dataset.Unit u : this.data.units()) {
			this.unitsById.put(u.id, u);
		}
		this.data.heldByUnit().forEach((unit, list) -> this.held.put(unit, sortedByDay(list)));
		this.held.put(0L, sortedByDay(this.data.heldAll()));
		buildResources();
		List<NeedRow> needs = planNeeds();
		for (NeedRow n : needs) {
			need(n);
		}
		write(needs);
	}

	private static List<Dataset.Held> sortedByDay(List<Dataset.Held> list) {
		List<Dataset.Held> sorted = new ArrayList<>(list);
		sorted.sort(Comparator.comparing(Dataset.Held::day).thenComparingLong(Dataset.Held::id));
		return sorted;
	}

	private Kind kind(CategoryRow c) {
		return KINDS.getOrDefault(c.name(), OTHER);
	}

	private CategoryRow weighted(boolean needs) {
		int total = 0;
		for (CategoryRow c : this.categoryList) {
			total += needs ? kind(c).needWeight() : kind(c).offerWeight();
		}
		int pick = this.random.nextInt(total);
		for (CategoryRow c : this.categoryList) {
			pick -= needs ? kind(c).needWeight() : kind(c).offerWeight();
			if (pick < 0) {
				return c;
			}
		}
		return this.categoryList.get(0);
	}

	private <T> T any(T[] values) {
		return values[this.random.nextInt(values.length)];
	}

	private int between(int from, int to) {
		return from + this.random.nextInt(to - from + 1);
	}

	// ================================================================ resources

	private void buildResources() {
		List<Dataset.Unit> active = this.data.units().stream().filter((u) -> u.status == UnitStatus.ACTIVE).toList();
		LocalDate first = LocalDate.of(this.data.firstYear(), 1, 1);
		for (int i = 0; i < this.data.size().resources(); i++) {
			Res r = new Res();
			r.id = i + 1;
			r.category = weighted(false);
			Kind k = kind(r.category);
			r.measure = any(k.measures());
			boolean community = active.isEmpty() || this.random.nextInt(100) < 8;
			r.provider = community ? null : active.get(this.random.nextInt(active.size()));
			r.capacity = capacity(r.measure);
			r.published = this.random.nextInt(100) < 88;
			LocalDate from = r.provider == null || r.provider.registered.isBefore(first) ? first
					: r.provider.registered;
			r.created = from.plusDays(this.random.nextInt(120));
			if (r.created.isAfter(this.today)) {
				r.created = this.today;
			}
			Long area = null;
			List<Dataset.Area> areas = this.data.areaList();
			if (community ? this.random.nextInt(10) < 7 : this.random.nextInt(4) == 0) {
				area = areas.get(r.provider != null && this.random.nextBoolean() ? r.provider.area
						: this.random.nextInt(areas.size()))
					.orgId();
			}
			String title = any(k.offers());
			String unitOf = unitOf(r.measure);
			String location = r.provider != null
					? r.provider.shortName + (this.random.nextBoolean() ? "内" : "或服务对象所在社区")
					: area != null ? "居民区党群服务站" : "曲阳街道党员服务中心";
			String by = r.provider != null && r.provider.liaisonUsername != null ? r.provider.liaisonUsername
					: this.data.staffUsernames().get(0);
			String at = at(r.created, 10);
			this.resourceRows.row(r.id, 0, title,
					"每年可提供" + r.capacity.toPlainString() + unitOf + "，" + title + "，按需预约。", r.category.id(),
					r.provider == null ? null : r.provider.id, null, area, location,
					this.random.nextInt(3) == 0 ? null : any(CONDITIONS), r.capacity, r.measure, r.published, by, at,
					at);
			this.resourceList.add(r);
			if (r.published) {
				this.published.add(r);
				this.pools.computeIfAbsent(r.category.id() + ":" + r.measure, (x) -> new ArrayList<>()).add(r);
				this.pools.computeIfAbsent(String.valueOf(r.category.id()), (x) -> new ArrayList<>()).add(r);
			}
			if (r.provider != null) {
				this.quality.computeIfAbsent(r.provider.id, (x) -> 2.8 + this.random.nextDouble() * 2.1);
			}
		}
	}

	private BigDecimal capacity(String measure) {
		return BigDecimal.valueOf(switch (measure) {
			case "HOURS" -> 10L * between(4, 40);
			case "SESSIONS" -> between(4, 24);
			case "PERSON_TIMES" -> 10L * between(5, 60);
			case "PEOPLE" -> between(5, 60);
			case "DAYS" -> between(10, 120);
			default -> 1000L * between(10, 100);
		});
	}

	/** An order's quantity, in the resource's measure. */
	private BigDecimal orderQuantity(String measure) {
		return BigDecimal.valueOf(switch (measure) {
			case "HOURS" -> 2L * between(2, 20);
			case "SESSIONS" -> between(1, 4);
			case "PERSON_TIMES" -> 5L * between(2, 16);
			case "PEOPLE" -> between(2, 15);
			case "DAYS" -> between(1, 5);
			default -> 500L * between(2, 20);
		});
	}

	/** A need's quantity, when its orders do not settle it. */
	private BigDecimal needQuantity(String measure) {
		return BigDecimal.valueOf(switch (measure) {
			case "HOURS" -> 5L * between(2, 24);
			case "SESSIONS" -> between(2, 12);
			case "PERSON_TIMES" -> 10L * between(2, 30);
			case "PEOPLE" -> between(5, 60);
			case "DAYS" -> between(2, 30);
			default -> 1000L * between(2, 30);
		});
	}

	private static String unitOf(String measure) {
		return switch (measure) {
			case "HOURS" -> " 小时";
			case "SESSIONS" -> " 场";
			case "PERSON_TIMES" -> " 人次";
			case "PEOPLE" -> " 人";
			case "DAYS" -> " 天";
			default -> " 元";
		};
	}

	// ================================================================ needs

	/** Smooth weighted round robin: an even spread of the weights over any prefix. */
	private static int next(int[] current, int[] weights) {
		int total = 0;
		int best = 0;
		for (int i = 0; i < weights.length; i++) {
			current[i] += weights[i];
			total += weights[i];
			if (current[i] > current[best]) {
				best = i;
			}
		}
		current[best] -= total;
		return best;
	}

	private Fate nextFate() {
		Fate[] fates = Fate.values();
		int[] weights = new int[fates.length];
		for (int i = 0; i < fates.length; i++) {
			weights[i] = fates[i].weight;
		}
		return fates[next(this.wrrFates, weights)];
	}

	/** The next status of a round robin named {@code key} over statuses and weights. */
	private String nextStatus(String key, String[] statuses, int[] weights) {
		return statuses[next(this.wrrStatuses.computeIfAbsent(key, (k) -> new int[statuses.length]), weights)];
	}

	private List<NeedRow> planNeeds() {
		List<NeedRow> needs = new ArrayList<>();
		int total = 0;
		for (int i = 0; i < this.data.size().needs(); i++) {
			NeedRow n = new NeedRow();
			n.index = i;
			n.fate = nextFate();
			n.orderCount = switch (n.fate) {
				case OPEN -> 0;
				case MATCHED -> between(1, 2);
				case IN_SERVICE -> between(1, 4);
				case MET_DELIVERED -> between(2, 8);
				case MET_BY_HAND -> between(1, 5);
				case CLOSED_UNMET -> between(1, 3);
			};
			total += n.orderCount;
			needs.add(n);
		}
		// exactly the size's number of orders
		int target = this.data.size().orders();
		List<NeedRow> withOrders = needs.stream().filter((n) -> n.fate != Fate.OPEN).toList();
		while (total != target && !withOrders.isEmpty()) {
			NeedRow n = withOrders.get(this.random.nextInt(withOrders.size()));
			if (total < target && n.orderCount < 12) {
				n.orderCount++;
				total++;
			}
			else if (total > target && n.orderCount > 1) {
				n.orderCount--;
				total--;
			}
		}
		return needs;
	}

	private void need(NeedRow n) {
		List<Dataset.Area> areas = this.data.areaList();
		int kind = this.random.nextInt(100);
		List<Dataset.Unit> units = this.data.units();
		Dataset.Unit unit = units.get(this.random.nextInt(units.size()));
		if (kind < 12 && unit.liaisonUsername != null && unit.status == UnitStatus.ACTIVE) {
			String[] pick = any(UNIT_NEEDS);
			n.raisedBy = "UNIT";
			n.unit = unit;
			n.area = unit.area;
			n.createdBy = unit.liaisonUsername;
			n.category = this.categoryList.stream()
				.filter((c) -> c.name().equals(pick[0]))
				.findFirst()
				.orElseGet(() -> weighted(true));
			n.title = unit.shortName + pick[1];
		}
		else {
			n.area = this.random.nextInt(areas.size());
			String secretary = this.data.secretaryOf(n.area);
			n.raisedBy = kind < 67 && secretary != null ? "ORGANISATION" : "STAFF";
			n.createdBy = secretary != null && n.raisedBy.equals("ORGANISATION") ? secretary : staff();
			n.category = weighted(true);
			n.title = areas.get(n.area).name() + any(kind(n.category).needs());
		}
		n.measure = any(kind(n.category).measures());
		n.quantity = needQuantity(n.measure);
		boolean open = n.fate == Fate.OPEN || n.fate == Fate.MATCHED || n.fate == Fate.IN_SERVICE;
		boolean stale = open && this.random.nextInt(10) < 3;
		int age = open ? (stale ? between(91, 540) : between(0, 90)) : closedAge();
		n.created = this.today.minusDays(age);
		LocalDate first = LocalDate.of(this.data.firstYear(), 1, 1);
		if (n.created.isBefore(first.plusDays(240))) {
			// most units and their resources are on record by then
			n.created = first.plusDays(240 + this.random.nextInt(60));
		}
		n.wantedBy = this.random.nextInt(10) == 0 ? null : n.created.plusDays(between(14, 120));
		n.changes.add(new Change(n.created, 9, n.createdBy, null, "OPEN", null, null));
		if (this.random.nextInt(20) == 0) {
			for (int k = 0; k < 5 && n.project == null; k++) {
				List<Dataset.Proj> projects = this.data.projectList();
				Dataset.Proj p = projects.get(this.random.nextInt(projects.size()));
				if (!n.created.isBefore(p.start) && !n.created.isAfter(p.end)) {
					n.project = p.id;
				}
			}
		}
		for (int k = 0; k < n.orderCount; k++) {
			order(n, k, stale);
		}
		settle(n, stale);
	}

	/**
	 * Days before today a closed need was raised: rising over the years, at least 150.
	 */
	private int closedAge() {
		LocalDate first = LocalDate.of(this.data.firstYear(), 1, 1);
		int span = (int) ChronoUnit.DAYS.between(first, this.today) - 150;
		double low = Math.sqrt(0.4);
		int d = (int) (span * (Math.sqrt(0.4 + 0.6 * this.random.nextDouble()) - low) / (1 - low));
		return 150 + (span - Math.min(span, d));
	}

	private String staff() {
		List<String> staff = this.data.staffUsernames();
		return staff.get(this.random.nextInt(staff.size()));
	}

	private String ordererOf(NeedRow n) {
		String secretary = this.data.secretaryOf(n.area);
		return n.raisedBy.equals("ORGANISATION") && secretary != null ? secretary : staff();
	}

	/** The target status of the k-th order of a need. */
	private String target(NeedRow n, int k) {
		return switch (n.fate) {
			case OPEN -> "ORDERED";
			case MATCHED -> nextStatus("matched", new String[] { "ORDERED", "DISPATCHED", "DECLINED", "CANCELLED" },
					new int[] { 3, 4, 2, 1 });
			case IN_SERVICE -> k == 0
					? nextStatus("in-service-first", new String[] { "ACCEPTED", "DELIVERED", "RATED" },
							new int[] { 5, 2, 2 })
					: nextStatus("in-service", new String[] { "ACCEPTED", "DISPATCHED", "ORDERED", "DECLINED",
							"DELIVERED", "RATED", "CANCELLED" }, new int[] { 3, 2, 1, 1, 2, 2, 1 });
			case MET_DELIVERED -> k == 0 ? "RATED"
					: nextStatus("met", new String[] { "RATED", "DELIVERED", "CANCELLED" }, new int[] { 6, 2, 2 });
			case MET_BY_HAND ->
				nextStatus("by-hand", new String[] { "RATED", "DELIVERED", "CANCELLED" }, new int[] { 3, 2, 5 });
			case CLOSED_UNMET ->
				nextStatus("unmet", new String[] { "CANCELLED", "RATED", "DELIVERED" }, new int[] { 7, 2, 1 });
		};
	}

	/** The day an order of an open need was placed, counted back from today. */
	private LocalDate openOrderDay(NeedRow n, String target, boolean stale) {
		long span = ChronoUnit.DAYS.between(n.created, this.today);
		int back = switch (target) {
			case "ORDERED" -> this.random.nextInt(5) == 0 ? between(4, 15) : between(0, 3);
			case "DISPATCHED" -> between(1, 12);
			case "DECLINED" -> between(3, 15);
			case "ACCEPTED" -> stale ? between(20, 300) : between(5, 60);
			default -> (int) this.random.nextLong(span + 1);
		};
		LocalDate day = this.today.minusDays(back);
		return day.isBefore(n.created) ? n.created : day;
	}

	private void order(NeedRow n, int k, boolean stale) {
		String target = target(n, k);
		boolean open = n.fate == Fate.MATCHED || n.fate == Fate.IN_SERVICE;
		LocalDate o = open ? openOrderDay(n, target, stale) : n.created.plusDays(this.random.nextInt(6));
		boolean delivers = target.equals("DELIVERED") || target.equals("RATED");
		Ord x = place(n, o, delivers, target);
		if (x == null && delivers) {
			// no provider of the category had a free held activity: the order stops
			// earlier
			target = open ? "ACCEPTED" : "CANCELLED";
			x = place(n, o, false, target);
		}
		if (x == null) {
			return;
		}
		n.orders.add(x);
	}

	/**
	 * Places an order and walks it to its target status; for a delivery, a resource whose
	 * provider has a free held activity after the acceptance is chosen. Null when none.
	 */
	private @Nullable Ord place(NeedRow n, LocalDate o, boolean delivers, String target) {
		List<Res> pool = n.orders.isEmpty() || this.random.nextInt(100) < 85
				? this.pools.getOrDefault(n.category.id() + ":" + n.measure, List.of()) : List.of();
		if (pool.isEmpty()) {
			pool = this.pools.getOrDefault(String.valueOf(n.category.id()), this.published);
		}
		if (pool.isEmpty()) {
			pool = this.published;
		}
		if (pool.isEmpty()) {
			return null;
		}
		boolean decline = target.equals("DECLINED") || (!target.equals("ORDERED") && !target.equals("DISPATCHED")
				&& !target.equals("CANCELLED") && this.random.nextInt(100) < 12);
		// the stages' days, before the resource is known
		LocalDate d = clamp(this.days.add(o, this.random.nextInt(7) == 0 ? between(4, 8) : between(0, 3)));
		LocalDate x = clamp(this.days.add(d, between(1, 5)));
		LocalDate d2 = decline ? clamp(this.days.add(x, between(0, 3))) : d;
		LocalDate a = clamp(this.days.add(d2, this.random.nextInt(6) == 0 ? between(5, 10) : between(1, 4)));
		Ord ord = place(n, o, delivers, target, pool, decline, d, x, d2, a);
		if (ord == null && pool != this.published) {
			// the category's items are full that year (or not yet offered): any item
			ord = place(n, o, delivers, target, this.published, decline, d, x, d2, a);
		}
		return ord;
	}

	private @Nullable Ord place(NeedRow n, LocalDate o, boolean delivers, String target, List<Res> pool,
			boolean decline, LocalDate d, LocalDate x, LocalDate d2, LocalDate a) {
		int start = this.random.nextInt(pool.size());
		for (int t = 0; t < Math.min(pool.size(), 200); t++) {
			Res r = pool.get((start + t) % pool.size());
			if (r.provider == null && this.random.nextInt(3) != 0) {
				// the community's own items are mostly a last resort
				continue;
			}
			BigDecimal q = orderQuantity(r.measure);
			if (!r.fits(o, q)) {
				continue;
			}
			Dataset.Held activity = null;
			if (delivers) {
				// a closed need's orders are all placed before it is met
				LocalDate lo = open(n) || a.isAfter(n.created.plusDays(6)) ? a : n.created.plusDays(6);
				LocalDate hi = lo.plusDays(120);
				LocalDate limit = this.today.minusDays(target.equals("RATED") ? 2 : 1);
				activity = free(r.provider == null ? 0L : r.provider.id, lo, hi.isAfter(limit) ? limit : hi);
				if (activity == null) {
					continue;
				}
				this.usedActivities.add(activity.id());
			}
			Ord ord = new Ord(n, r, o);
			ord.quantity = q;
			ord.orderedBy = ordererOf(n);
			ord.activity = activity;
			walk(ord, target, decline, d, x, d2, a);
			if (!ord.status.equals("CANCELLED") && !ord.status.equals("DECLINED")) {
				r.used.merge(o.getYear(), q, BigDecimal::add);
			}
			return ord;
		}
		return null;
	}

	private static boolean open(NeedRow n) {
		return n.fate == Fate.OPEN || n.fate == Fate.MATCHED || n.fate == Fate.IN_SERVICE;
	}

	private LocalDate clamp(LocalDate day) {
		return day.isAfter(this.today) ? this.today : day;
	}

	/**
	 * A free held activity of the unit (0: any) from {@code lo} to {@code hi}, or null.
	 */
	private Dataset.@Nullable Held free(long unit, LocalDate lo, LocalDate hi) {
		List<Dataset.Held> list = this.held.get(unit);
		if (list == null || hi.isBefore(lo)) {
			return null;
		}
		int from = firstOn(list, lo);
		int to = firstOn(list, hi.plusDays(1));
		if (from >= to) {
			return null;
		}
		int start = from + this.random.nextInt(to - from);
		for (int i = 0; i < to - from; i++) {
			Dataset.Held h = list.get(from + (start - from + i) % (to - from));
			if (!this.usedActivities.contains(h.id())) {
				return h;
			}
		}
		return null;
	}

	private static int firstOn(List<Dataset.Held> list, LocalDate day) {
		int lo = 0;
		int hi = list.size();
		while (lo < hi) {
			int mid = (lo + hi) >>> 1;
			if (list.get(mid).day().isBefore(day)) {
				lo = mid + 1;
			}
			else {
				hi = mid;
			}
		}
		return lo;
	}

	// ================================================================ an order's flow

	private String acceptor(@Nullable Long provider) {
		Dataset.Unit u = provider == null ? null : this.unitsById.get(provider);
		return u != null && u.liaisonUsername != null ? u.liaisonUsername : staff();
	}

	private @Nullable String unitName(@Nullable Long unit) {
		Dataset.Unit u = unit == null ? null : this.unitsById.get(unit);
		return u == null ? null : u.name;
	}

	private void log(Ord o, LocalDate day, int hour, String by, @Nullable String from, String to,
			@Nullable String note) {
		o.changes.add(new Change(day, hour, by, from, to, note, null));
		o.status = to;
	}

	/**
	 * Walks an order from 点单 to its target status along the flow's steps, with each
	 * stage's deadlines as {@code Deadlines} sets them.
	 */
	private void walk(Ord o, String target, boolean decline, LocalDate d, LocalDate x, LocalDate d2, LocalDate a) {
		NeedRow n = o.need;
		o.wanted = n.wantedBy != null && !n.wantedBy.isBefore(o.orderedOn) ? n.wantedBy
				: o.orderedOn.plusDays(between(7, 45));
		o.dispatchDue = this.days.add(o.orderedOn, 3);
		o.dispatchRed = this.days.add(o.orderedOn, 6);
		o.deliveryDue = o.wanted;
		o.deliveryRed = o.wanted.plusDays(Math.max(1, ChronoUnit.DAYS.between(o.orderedOn, o.wanted)));
		log(o, o.orderedOn, 9, o.orderedBy, null, "ORDERED", null);
		boolean cancelled = target.equals("CANCELLED");
		int cancelStage = cancelled ? this.random.nextInt(3) : -1;
		if (target.equals("ORDERED") || cancelStage == 0) {
			if (cancelStage == 0) {
				cancel(o, o.orderedOn);
			}
			return;
		}
		Long provider = o.res.provider == null ? null : o.res.provider.id;
		boolean declines = decline || cancelStage == 2;
		if (declines && provider != null) {
			// the first provider declines; staff dispatch again to the item's own
			Dataset.Unit other = this.data.units().get(this.random.nextInt(this.data.units().size()));
			for (int t = 0; t < 5 && (other.id == provider || !other.activeOn(d)); t++) {
				other = this.data.units().get(this.random.nextInt(this.data.units().size()));
			}
			dispatch(o, d, other.activeOn(d) ? other.id : provider);
		}
		else {
			dispatch(o, d, provider);
		}
		if (target.equals("DISPATCHED") || cancelStage == 1) {
			if (cancelStage == 1) {
				cancel(o, d);
			}
			return;
		}
		if (declines) {
			String reason = any(DECLINES);
			o.declineReason = reason;
			o.dispatchDue = this.days.add(x, 3);
			o.dispatchRed = this.days.add(x, 6);
			log(o, x, 11, acceptor(o.provider), "DISPATCHED", "DECLINED", reason);
			if (target.equals("DECLINED") || cancelStage == 2) {
				if (cancelStage == 2) {
					cancel(o, x);
				}
				return;
			}
			dispatch(o, d2, provider);
		}
		o.acceptedOn = a;
		o.planned = o.activity != null ? o.activity.day() : a.plusDays(between(3, 45));
		log(o, a, 14, acceptor(o.provider), "DISPATCHED", "ACCEPTED", o.planned.toString());
		if (target.equals("ACCEPTED") || o.activity == null) {
			return;
		}
		Dataset.Held h = o.activity;
		String by = acceptor(o.provider);
		o.changes.add(new Change(h.day(), 16, by, "ACCEPTED", "ACCEPTED", "活动 #" + h.id() + " " + h.title(), null));
		log(o, h.day(), 16, by, "ACCEPTED", "DELIVERED", h.hours().stripTrailingZeros().toPlainString() + " 小时");
		LocalDate rated = h.day().plusDays(between(1, 14));
		if (target.equals("RATED") && rated.isBefore(this.today)) {
			double q = this.quality.getOrDefault(o.provider == null ? -1L : o.provider, 4.2);
			o.rating = (int) Math.max(1, Math.min(5, Math.round(q + this.random.nextGaussian() * 0.7)));
			o.comment = this.random.nextInt(4) == 0 ? null : any(COMMENTS);
			o.ratedOn = rated;
			log(o, rated, 17, o.orderedBy, "DELIVERED", "RATED",
					o.rating + "★" + (o.comment != null ? " " + o.comment : ""));
		}
	}

	private void dispatch(Ord o, LocalDate day, @Nullable Long provider) {
		String from = o.status;
		o.provider = provider;
		o.dispatchedBy = staff();
		o.dispatchedOn = day;
		o.declineReason = null;
		o.replyBy = this.days.add(day, 5);
		o.replyDue = o.replyBy;
		o.replyRed = this.days.add(o.replyBy, Math.max(1, this.days.between(day, o.replyBy)));
		log(o, day, from.equals("DECLINED") ? 13 : 10, o.dispatchedBy, from, "DISPATCHED", unitName(provider));
	}

	private void cancel(Ord o, LocalDate after) {
		LocalDate day = clamp(after.plusDays(between(0, 8)));
		o.cancelReason = any(CANCELS);
		log(o, day, 15, this.random.nextBoolean() ? o.orderedBy : staff(), o.status, "CANCELLED", o.cancelReason);
	}

	// ================================================================ a need's status

	/**
	 * The need's status and history from its orders, as the flow moves it: 已对接 at the
	 * first order, 服务中 at the first acceptance, 已满足 when the delivered quantity in its
	 * measure reaches its quantity; closed needs are closed by hand after their last
	 * order event.
	 */
	private void settle(NeedRow n, boolean stale) {
		List<Ord> orders = n.orders;
		if (!orders.isEmpty()) {
			Ord first = Collections.min(orders, Comparator.comparing((Ord o) -> o.orderedOn));
			n.changes.add(new Change(first.orderedOn, 9, first.orderedBy, "OPEN", "MATCHED", "点单 #", first));
			n.status = "MATCHED";
		}
		Ord accepted = orders.stream()
			.filter((o) -> o.acceptedOn != null && o.changes.stream().anyMatch((c) -> c.to().equals("ACCEPTED")))
			.min(Comparator.comparing((Ord o) -> o.acceptedOn))
			.orElse(null);
		if (accepted != null) {
			n.changes.add(new Change(accepted.acceptedOn, 14, acceptor(accepted.provider), "MATCHED", "IN_SERVICE",
					"接单 #", accepted));
			n.status = "IN_SERVICE";
		}
		List<Ord> counted = orders.stream()
			.filter((o) -> o.delivered() && o.res.measure.equals(n.measure))
			.sorted(Comparator.comparing((Ord o) -> o.activity.day()))
			.toList();
		BigDecimal delivered = counted.stream().map((o) -> o.quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
		Fate fate = n.fate;
		if (fate == Fate.MET_DELIVERED && counted.isEmpty()) {
			fate = Fate.CLOSED_UNMET;
		}
		if (fate == Fate.MET_DELIVERED) {
			n.quantity = delivered;
			Ord last = counted.get(counted.size() - 1);
			n.changes.add(new Change(last.activity.day(), 16, acceptor(last.provider), n.status, "MET", "交付 #", last));
			n.status = "MET";
			n.closedOn = last.activity.day();
		}
		else {
			n.quantity = n.quantity.max(delivered.add(orderQuantity(n.measure)));
		}
		LocalDate lastEvent = orders.stream().map(Ord::last).max(Comparator.naturalOrder()).orElse(n.created);
		if (fate == Fate.MET_BY_HAND || fate == Fate.CLOSED_UNMET) {
			LocalDate day = clamp(lastEvent.plusDays(between(1, 20)));
			boolean met = fate == Fate.MET_BY_HAND;
			n.closeReason = met ? null : any(UNMET);
			n.changes
				.add(new Change(day, 10, n.createdBy, n.status, met ? "MET" : "CLOSED_UNMET", n.closeReason, null));
			n.status = met ? "MET" : "CLOSED_UNMET";
			n.closedOn = day;
		}
		if (stale && (fate == Fate.OPEN || fate == Fate.MATCHED) && this.random.nextInt(4) == 0) {
			n.beyondOn = clamp(lastEvent.plusDays(between(1, 30)));
			n.beyondReason = any(BEYOND);
			n.changes.add(new Change(n.beyondOn, 11, staff(), n.status, n.status, "超出供给能力：" + n.beyondReason, null));
		}
		n.changes.sort(Comparator.comparing(Change::day).thenComparingInt(Change::hour));
	}

	// ================================================================ rows

	private void write(List<NeedRow> needs) {
		needs.sort(Comparator.comparing((NeedRow n) -> n.created).thenComparingInt((n) -> n.index));
		List<Ord> all = new ArrayList<>();
		long id = 0;
		for (NeedRow n : needs) {
			n.id = ++id;
			all.addAll(n.orders);
		}
		all.sort(Comparator.comparing((Ord o) -> o.orderedOn).thenComparingLong((o) -> o.need.id));
		id = 0;
		for (Ord o : all) {
			o.id = ++id;
		}
		long change = 0;
		for (NeedRow n : needs) {
			Change last = n.changes.get(n.changes.size() - 1);
			this.needRows.row(n.id, n.changes.size() - 1, n.title, "居民区反映：" + n.title + "，请协调辖区资源。", n.category.id(),
					this.data.areaList().get(n.area).orgId(),
					this.random.nextInt(10) < 4 ? "第" + between(1, 12) + "网格" : null, n.raisedBy,
					n.raisedBy.equals("ORGANISATION") ? this.data.areaList().get(n.area).orgId() : null,
					n.unit == null ? null : n.unit.id, n.unit == null ? "TO_COMMUNITY" : "TO_UNIT",
					this.random.nextInt(4) == 0 ? null : between(5, 300), n.quantity, n.measure, n.wantedBy,
					any(new String[] { "NORMAL", "NORMAL", "NORMAL", "PRESSING", "PRESSING", "URGENT" }), n.status,
					n.closeReason, n.closedOn, n.project, n.beyondOn != null, n.beyondReason, n.beyondOn, n.createdBy,
					at(n.created, 9), at(last.day(), last.hour()));
			for (Change c : n.changes) {
				this.needChangeRows.row(++change, n.id, at(c.day(), c.hour()), c.by(), c.from(), c.to(), note(c));
			}
		}
		change = 0;
		for (Ord o : all) {
			Change last = o.changes.get(o.changes.size() - 1);
			Dataset.Held h = o.activity;
			boolean delivered = o.delivered();
			this.orderRows.row(o.id, o.changes.size() - 1, o.need.id, o.res.id, o.orderedBy, o.orderedOn, o.wanted,
					o.quantity, null, o.status, o.provider, o.dispatchedBy, o.dispatchedOn, o.replyBy,
					o.status.equals("ACCEPTED") || delivered ? o.acceptedOn : null,
					o.status.equals("ACCEPTED") || delivered ? o.planned : null, o.declineReason,
					delivered && h != null ? h.id() : null, delivered && h != null ? h.day() : null,
					delivered && h != null ? h.hours() : null, delivered && h != null ? h.served() : null, o.rating,
					o.comment, o.ratedOn, o.cancelReason, o.dispatchDue, o.dispatchRed, o.replyDue, o.replyRed,
					o.deliveryDue, o.deliveryRed, at(o.orderedOn, 9), at(last.day(), last.hour()));
			for (Change c : o.changes) {
				this.orderChangeRows.row(++change, o.id, at(c.day(), c.hour()), c.by(), c.from(), c.to(), c.note());
			}
		}
	}

	private static @Nullable String note(Change c) {
		return c.ref() == null ? c.note() : c.note() + c.ref().id;
	}

	private static String at(LocalDate day, int hour) {
		return day + " " + (hour < 10 ? "0" : "") + hour + ":00:00+08";
	}

}
