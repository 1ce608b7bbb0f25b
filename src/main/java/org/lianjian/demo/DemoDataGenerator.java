package org.lianjian.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.AccountForm;
import org.lianjian.activity.FestivalService;
import org.lianjian.account.AccountService;
import org.lianjian.account.Role;
import org.lianjian.structure.MembershipForm;
import org.lianjian.structure.MembershipRole;
import org.lianjian.structure.OrganisationForm;
import org.lianjian.structure.OrganisationType;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.AdminRank;
import org.lianjian.unit.CreditCode;
import org.lianjian.unit.InstitutionType;
import org.lianjian.unit.LiaisonForm;
import org.lianjian.unit.LiaisonService;
import org.lianjian.unit.PartyOrgKind;
import org.lianjian.unit.UnitCategory;
import org.lianjian.unit.UnitForm;
import org.lianjian.unit.UnitService;
import org.lianjian.unit.UnitStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a fictional but realistic Quyang sub-district through the modules' public
 * services, with a fixed seed so every fresh start looks the same.
 */
@Component
class DemoDataGenerator {

	static final String DEMO_PASSWORD = "lianjian-demo";

	private static final Logger log = LoggerFactory.getLogger(DemoDataGenerator.class);

	private static final long SEED = 20261126L;

	static final String[] AREAS = { "玉田新村", "曲阳新村", "赤峰路", "东体育会路", "运光新村", "密云路", "巴林路", "林云路", "大连西路", "中山北一路" };

	private static final String[] ADMIN_BRANCHES = { "街道机关第一党支部", "街道机关第二党支部", "社区事务受理服务中心党支部", "城市网格化综合管理中心党支部",
			"社区卫生服务中心党支部" };

	private static final String[] COMMITTEES = { "社区委员会", "综合治理委员会", "市政市容管理委员会", "社区矛盾协调委员会", "志愿者协会", "科普文化体育协会" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "马",
			"胡", "郭", "林", "何", "高", "罗" };

	private static final String[] GIVEN = { "建华", "丽娟", "志强", "海燕", "晓东", "文静", "国平", "秀英", "伟民", "春梅", "立新", "佳怡",
			"振宇", "雪芳", "明辉", "慧敏" };

	/** Street names for unit addresses. */
	private static final String[] ADDRESSES = { "曲阳路", "中山北一路", "大连西路", "赤峰路", "东体育会路", "玉田路", "密云路", "巴林路", "运光路",
			"邯郸路" };

	private record UnitSpec(String name, String shortName, UnitCategory category, @Nullable InstitutionType subType,
			AdminRank rank, boolean dualManaged, boolean hasCode, PartyOrgKind partyOrgKind, @Nullable String sector) {
	}

	private static UnitSpec unit(String name, String shortName, UnitCategory category,
			@Nullable InstitutionType subType, AdminRank rank, boolean dualManaged, PartyOrgKind kind,
			@Nullable String sector) {
		return new UnitSpec(name, shortName, category, subType, rank, dualManaged, true, kind, sector);
	}

	/** Forty fictional resident units across every category and rank. */
	private static final UnitSpec[] UNITS = {
			unit("上海市曲阳中心医院", "曲阳中心医院", UnitCategory.PUBLIC_INSTITUTION, InstitutionType.HOSPITAL, AdminRank.COUNTY,
					false, PartyOrgKind.COMMITTEE, "虹口区卫生健康工作党委"),
			unit("上海大柏树第二中学", "大柏树二中", UnitCategory.PUBLIC_INSTITUTION, InstitutionType.SCHOOL, AdminRank.TOWNSHIP,
					false, PartyOrgKind.GENERAL_BRANCH, "虹口区教育工作党委"),
			unit("曲阳路实验小学", "曲阳实验小学", UnitCategory.PUBLIC_INSTITUTION, InstitutionType.SCHOOL, AdminRank.NONE, false,
					PartyOrgKind.BRANCH, "虹口区教育工作党委"),
			unit("上海安澜律师事务所", "安澜律所", UnitCategory.NON_PUBLIC, null, AdminRank.NONE, false, PartyOrgKind.BRANCH, null),
			unit("曲阳社区社会工作服务中心", "曲阳社工中心", UnitCategory.SOCIAL_ORGANISATION, null, AdminRank.NONE, false,
					PartyOrgKind.BRANCH, null),
			unit("上海东江职业技术学院", "东江职院", UnitCategory.PUBLIC_INSTITUTION, InstitutionType.SCHOOL, AdminRank.BUREAU, false,
					PartyOrgKind.COMMITTEE, "上海市教育卫生工作党委"),
			unit("上海海纳环境科学研究所", "海纳环科所", UnitCategory.PUBLIC_INSTITUTION, InstitutionType.RESEARCH, AdminRank.BUREAU,
					false, PartyOrgKind.COMMITTEE, "上海市科技工作党委"),
			unit("中国远望航天测控研究院上海分院", "远望测控院", UnitCategory.PUBLIC_INSTITUTION, InstitutionType.RESEARCH,
					AdminRank.MINISTERIAL, true, PartyOrgKind.COMMITTEE, "中央企业驻沪工作党委"),
			unit("上海市公安局虹口分局大柏树派出所", "大柏树派出所", UnitCategory.PARTY_GOVERNMENT, null, AdminRank.TOWNSHIP, true,
					PartyOrgKind.GENERAL_BRANCH, "虹口区公安分局党委"),
			unit("上海市虹口区税务局第三税务所", "第三税务所", UnitCategory.PARTY_GOVERNMENT, null, AdminRank.TOWNSHIP, true,
					PartyOrgKind.BRANCH, "虹口区税务局党委"),
			unit("上海市虹口区市场监督管理局曲阳市场监管所", "曲阳市场监管所", UnitCategory.PARTY_GOVERNMENT, null, AdminRank.TOWNSHIP, true,
					PartyOrgKind.BRANCH, "虹口区市场监管局党组"),
			unit("国网上海市区供电公司曲阳供电服务中心", "曲阳供电中心", UnitCategory.STATE_OWNED, null, AdminRank.TOWNSHIP, false,
					PartyOrgKind.GENERAL_BRANCH, "国网上海市电力公司党委"),
			unit("上海申通地铁曲阳路站区", "曲阳路站区", UnitCategory.STATE_OWNED, null, AdminRank.NONE, false, PartyOrgKind.BRANCH,
					"上海申通地铁集团党委"),
			unit("中国邮政集团上海市虹口区分公司曲阳支局", "曲阳邮政支局", UnitCategory.STATE_OWNED, null, AdminRank.NONE, false,
					PartyOrgKind.BRANCH, "中国邮政上海分公司党委"),
			unit("上海城建嘉和建设集团有限公司", "嘉和建设", UnitCategory.STATE_OWNED, null, AdminRank.BUREAU, false,
					PartyOrgKind.COMMITTEE, "上海城建集团党委"),
			unit("上海东方明德文化传媒有限公司", "明德传媒", UnitCategory.NON_PUBLIC, null, AdminRank.NONE, false, PartyOrgKind.BRANCH,
					null),
			unit("上海远望科技有限公司", "远望科技", UnitCategory.NON_PUBLIC, null, AdminRank.NONE, false, PartyOrgKind.BRANCH, null),
			unit("上海汇丰路商务楼宇管理有限公司", "汇丰路楼宇", UnitCategory.NON_PUBLIC, null, AdminRank.NONE, false, PartyOrgKind.BRANCH,
					null),
			unit("上海康泰口腔门诊部有限公司", "康泰口腔", UnitCategory.NON_PUBLIC, null, AdminRank.NONE, false, PartyOrgKind.BRANCH,
					null),
			unit("上海锦程物业管理有限公司", "锦程物业", UnitCategory.NON_PUBLIC, null, AdminRank.NONE, false, PartyOrgKind.BRANCH,
					null),
			unit("虹口区曲阳养老服务促进会", "养老服务促进会", UnitCategory.SOCIAL_ORGANISATION, null, AdminRank.NONE, false,
					PartyOrgKind.BRANCH, null),
			unit("上海启航青少年发展中心", "启航青少年中心", UnitCategory.SOCIAL_ORGANISATION, null, AdminRank.NONE, false,
					PartyOrgKind.BRANCH, null),
			unit("上海市虹口区图书馆曲阳分馆", "曲阳图书分馆", UnitCategory.PUBLIC_INSTITUTION, InstitutionType.OTHER, AdminRank.NONE,
					false, PartyOrgKind.BRANCH, "虹口区文化旅游局党委"),
			unit("上海市虹口区人民检察院曲阳检察室", "曲阳检察室", UnitCategory.PARTY_GOVERNMENT, null, AdminRank.TOWNSHIP, true,
					PartyOrgKind.BRANCH, "虹口区人民检察院党组"),
			new UnitSpec("某部队曲阳干休所", "曲阳干休所", UnitCategory.PARTY_GOVERNMENT, null, AdminRank.COUNTY, true, false,
					PartyOrgKind.COMMITTEE, "上海警备区政治工作部"),
			unit("上海电气曲阳研发中心", "电气研发中心", UnitCategory.STATE_OWNED, null, AdminRank.BUREAU, false,
					PartyOrgKind.COMMITTEE, "上海电气集团党委"),
			unit("上海新程物流有限公司", "新程物流", UnitCategory.NON_PUBLIC, null, AdminRank.NONE, false, PartyOrgKind.BRANCH, null),
			unit("上海华曲餐饮管理有限公司", "华曲餐饮", UnitCategory.NON_PUBLIC, null, AdminRank.NONE, false, PartyOrgKind.BRANCH,
					null),
			unit("上海恒信会计师事务所", "恒信会计所", UnitCategory.NON_PUBLIC, null, AdminRank.NONE, false, PartyOrgKind.BRANCH,
					null),
			unit("上海博雅教育培训中心", "博雅培训", UnitCategory.SOCIAL_ORGANISATION, null, AdminRank.NONE, false,
					PartyOrgKind.BRANCH, null),
			unit("上海市红十字会虹口区分会曲阳服务站", "红十字服务站", UnitCategory.SOCIAL_ORGANISATION, null, AdminRank.NONE, false,
					PartyOrgKind.BRANCH, null),
			unit("上海申城科技大学曲阳校区", "申城科大曲阳校区", UnitCategory.PUBLIC_INSTITUTION, InstitutionType.SCHOOL, AdminRank.BUREAU,
					true, PartyOrgKind.COMMITTEE, "上海市教育卫生工作党委"),
			unit("上海同舟康复医院", "同舟康复医院", UnitCategory.PUBLIC_INSTITUTION, InstitutionType.HOSPITAL, AdminRank.COUNTY,
					false, PartyOrgKind.GENERAL_BRANCH, "虹口区卫生健康工作党委"),
			unit("曲阳街道社区卫生服务中心", "社区卫生服务中心", UnitCategory.PUBLIC_INSTITUTION, InstitutionType.HOSPITAL,
					AdminRank.TOWNSHIP, false, PartyOrgKind.GENERAL_BRANCH, "虹口区卫生健康工作党委"),
			unit("虹口区教育学院附属曲阳幼儿园", "曲阳幼儿园", UnitCategory.PUBLIC_INSTITUTION, InstitutionType.SCHOOL, AdminRank.NONE,
					false, PartyOrgKind.BRANCH, "虹口区教育工作党委"),
			unit("中国银行上海市虹口支行曲阳路网点", "中行曲阳网点", UnitCategory.STATE_OWNED, null, AdminRank.NONE, false,
					PartyOrgKind.BRANCH, "中国银行上海市分行党委"),
			unit("上海航道勘察设计研究院", "航道设计院", UnitCategory.STATE_OWNED, InstitutionType.RESEARCH, AdminRank.BUREAU, false,
					PartyOrgKind.COMMITTEE, "上海市国资委党委"),
			unit("上海嘉和数字科技股份有限公司", "嘉和数字", UnitCategory.NON_PUBLIC, null, AdminRank.NONE, false, PartyOrgKind.BRANCH,
					null),
			unit("曲阳地区商会", "曲阳商会", UnitCategory.OTHER, null, AdminRank.NONE, false, PartyOrgKind.BRANCH, null),
			unit("上海市曲阳农贸市场经营管理有限公司", "曲阳农贸市场", UnitCategory.NON_PUBLIC, null, AdminRank.NONE, false,
					PartyOrgKind.BRANCH, null) };

	private final StructureService structure;

	private final UnitService units;

	private final AccountService accounts;

	private final LiaisonService liaisons;

	private final AgreementDemoData agreementDemo;

	private final ProjectDemoData projectDemo;

	private final ActivityDemoData activityDemo;

	private final PositionDemoData positionDemo;

	private final FestivalService festivals;

	private final EvaluationDemoData evaluationDemo;

	private final MatchingDemoData matchingDemo;

	private final Clock clock;

	DemoDataGenerator(StructureService structure, UnitService units, AccountService accounts, LiaisonService liaisons,
			AgreementDemoData agreementDemo, ProjectDemoData projectDemo, ActivityDemoData activityDemo,
			PositionDemoData positionDemo, FestivalService festivals, EvaluationDemoData evaluationDemo,
			MatchingDemoData matchingDemo, Clock clock) {
		this.clock = clock;
		this.matchingDemo = matchingDemo;
		this.evaluationDemo = evaluationDemo;
		this.liaisons = liaisons;
		this.agreementDemo = agreementDemo;
		this.projectDemo = projectDemo;
		this.activityDemo = activityDemo;
		this.positionDemo = positionDemo;
		this.festivals = festivals;
		this.structure = structure;
		this.units = units;
		this.accounts = accounts;
	}

	@Transactional
	void generate() {
		Random random = new Random(SEED);
		LocalDate today = LocalDate.now(this.clock);
		Long core = org(null, OrganisationType.WORKING_COMMITTEE, "中共曲阳街道工作委员会", "曲阳街道党工委", StructureRole.CORE, random,
				0);
		Long circle = org(core, OrganisationType.CIRCLE_HUB, "大柏树商圈党建中心", "商圈党建中心", StructureRole.CIRCLE, random, 0);
		Long admin = org(core, OrganisationType.NETWORK, "曲阳街道行政党组", "行政党组", StructureRole.NETWORK_ADMINISTRATIVE,
				random, 0);
		Long residential = org(core, OrganisationType.NETWORK, "曲阳街道居民区党委", "居民区党委", StructureRole.NETWORK_RESIDENTIAL,
				random, 0);
		Long comprehensive = org(core, OrganisationType.COMPREHENSIVE_PARTY_COMMITTEE, "曲阳街道综合党委", "综合党委",
				StructureRole.NETWORK_COMPREHENSIVE, random, 0);
		Long coordination = org(core, OrganisationType.COORDINATION_COMMITTEE, "曲阳社区党建协调委员会", "党建协调委员会",
				StructureRole.NETWORK_COORDINATION, random, 0);
		org(coordination, OrganisationType.LIAISON_OFFICE, "曲阳社区党建联络办公室", "党建联络办", null, random, 0);
		org(core, OrganisationType.OTHER, "曲阳社区党建共同体委员会", "党建共同体委员会", null, random, 0);

		List<Long> committees = new ArrayList<>();
		for (String name : COMMITTEES) {
			committees.add(org(core, OrganisationType.CO_GOVERNANCE_COMMITTEE, "曲阳社区" + name, name, null, random, 0));
		}
		for (String name : ADMIN_BRANCHES) {
			org(admin, OrganisationType.OTHER, name, null, null, random, 15 + random.nextInt(40));
		}
		List<Long> areas = new ArrayList<>();
		for (String area : AREAS) {
			areas.add(org(residential, OrganisationType.RESIDENTIAL_PARTY_ORG, area + "居民区党总支", area + "居民区", null,
					random, 60 + random.nextInt(240)));
		}
		for (int i = 0; i < 4; i++) {
			org(circle, OrganisationType.OTHER, "大柏树商圈楼宇联合党支部（" + (i + 1) + "号楼）", null, null, random,
					8 + random.nextInt(30));
		}

		List<DemoUnit> demoUnits = units(areas, committees, comprehensive, coordination, random, today);
		List<Long> unitIds = demoUnits.stream().map(DemoUnit::id).toList();
		for (int i = 0; i < committees.size(); i++) {
			this.structure.addMembership(areas.get(i % areas.size()), new MembershipForm(committees.get(i),
					MembershipRole.MEMBER, today.minusYears(3).withDayOfYear(1), null));
		}

		accountsAndLiaisons(areas, unitIds, random, today);
		// last: it draws from the same random sequence
		this.agreementDemo.generate(unitIds, areas, core, random);
		this.projectDemo.generate(unitIds, core, random);
		Map<Long, String> organisers = new LinkedHashMap<>();
		organisers.put(core, "曲阳街道");
		for (int i = 0; i < areas.size(); i++) {
			organisers.put(areas.get(i), AREAS[i]);
		}
		this.activityDemo.generate(demoUnits, organisers, random);
		this.festivals.generate(today.getYear());
		this.activityDemo.holdPastFestivals(demoUnits, today);
		this.positionDemo.generate(demoUnits, areas, core, random);
		this.evaluationDemo.generate(unitIds, random);
		this.matchingDemo.generate(demoUnits, areas, random);
		log.info("Demo data: {} residential areas, {} units, {} co-governance committees", areas.size(), unitIds.size(),
				committees.size());
	}

	/**
	 * The forty units, with their memberships of the coordination committee and of a
	 * co-governance committee; the headcount fits the unit's kind.
	 */
	private List<DemoUnit> units(List<Long> areas, List<Long> committees, Long comprehensive, Long coordination,
			Random random, LocalDate today) {
		List<DemoUnit> demoUnits = new ArrayList<>();
		for (int i = 0; i < UNITS.length; i++) {
			UnitSpec spec = UNITS[i];
			boolean nonPublic = spec.category() == UnitCategory.NON_PUBLIC;
			Long network = nonPublic ? comprehensive : coordination;
			boolean member = !nonPublic && random.nextInt(5) != 0;
			LocalDate since = member ? today.minusYears(1 + random.nextInt(8)).withDayOfYear(1 + random.nextInt(300))
					: null;
			DemoUnitKind kind = DemoUnitKind.of(spec.name());
			int headcount = kind.headcount(random);
			int areaIndex = i < 6 ? 0 : (i * 3) % areas.size();
			Long area = areas.get(areaIndex);
			Long unitId = this.units.create(UnitForm.builder()
				.name(spec.name())
				.shortName(spec.shortName())
				.creditCode(spec.hasCode() ? creditCode(spec.category(), random) : null)
				.category(spec.category())
				.subType(spec.subType())
				.adminRank(spec.rank())
				.dualManaged(spec.dualManaged())
				.address(ADDRESSES[i % ADDRESSES.length] + (10 + random.nextInt(890)) + "号")
				.residentialAreaId(area)
				.gridRef("QY-" + (101 + (i * 7) % 48))
				.headcount(headcount)
				.contactPhone("021-6" + (5000000 + random.nextInt(4999999)))
				.partyOrgKind(spec.partyOrgKind())
				.partyMemberCount(Math.max(3, headcount / (6 + random.nextInt(8))))
				.sectorCommittee(spec.sector())
				.networkId(network)
				.coordinationMember(member)
				.coordinationMemberSince(since)
				.status(i == UNITS.length - 1 ? UnitStatus.MOVED_OUT : UnitStatus.ACTIVE)
				.statusDate(i == UNITS.length - 1 ? today.minusMonths(4) : null)
				.effectiveFrom(arrived(today, i))
				.build());
			demoUnits.add(new DemoUnit(unitId, spec.shortName(), kind, AREAS[areaIndex]));
			Long partyOrg = this.units.detail(unitId).partyOrgId();
			// the unit form put a member's party organisation on the coordination roster
			if (member && partyOrg != null) {
				if (random.nextInt(4) == 0) {
					this.structure.addMembership(partyOrg, new MembershipForm(
							committees.get(random.nextInt(committees.size())), MembershipRole.MEMBER, since, null));
				}
			}
		}
		return demoUnits;
	}

	/** The demo accounts, and the units' liaisons (two of them the demo liaisons). */
	private void accountsAndLiaisons(List<Long> areas, List<Long> unitIds, Random random, LocalDate today) {
		account("admin", "系统管理员", Role.ADMIN, null, null);
		account("staff", person(random), Role.STAFF, null, null);
		account("secretary", person(random), Role.SECRETARY, areas.get(0), null);
		String liaisonName = person(random);
		String liaison2Name = person(random);
		account("liaison", liaisonName, Role.LIAISON, null, unitIds.get(0));
		account("liaison2", liaison2Name, Role.LIAISON, null, unitIds.get(8));
		appointLiaisons(unitIds, random, today, Map.of(0, liaisonName, 8, liaison2Name));
	}

	/**
	 * The day a demo unit arrived: nine to eleven years ago, before its first liaison,
	 * agreement, activity or coordination membership (the generator's earliest dates),
	 * and without drawing from the random sequence.
	 */
	private static LocalDate arrived(LocalDate today, int i) {
		return today.minusYears(9 + i % 3).withDayOfYear(1 + (i * 53) % 360);
	}

	private Long org(@Nullable Long parent, OrganisationType type, String name, @Nullable String shortName,
			@Nullable StructureRole role, Random random, int members) {
		String secretary = person(random);
		return this.structure.create(new OrganisationForm(type, name, shortName, parent, secretary,
				"021-6" + (5000000 + random.nextInt(4999999)), members, null), role);
	}

	/**
	 * Units whose primary liaison has left and not been replaced: the vacancy flag shows
	 * them.
	 */
	private static final Set<Integer> VACANT = Set.of(5, 13, 21, 29, 34, 39);

	private static final String[] POSITIONS = { "党办主任", "党委办公室副主任", "组织科科长", "党建专员", "行政办公室主任", "工会主席" };

	private static final String[] DEPARTMENTS = { "党委办公室", "组织科", "党群工作部", "综合办公室", "行政部" };

	/**
	 * Primary liaisons for most units (the demo accounts liaison and liaison2 are linked
	 * to theirs), a few deputies, a handed-over appointment, and some vacancies.
	 */
	private void appointLiaisons(List<Long> unitIds, Random random, LocalDate today, Map<Integer, String> names) {
		for (int i = 0; i < unitIds.size(); i++) {
			Long unitId = unitIds.get(i);
			LocalDate since = today.minusMonths(3 + random.nextInt(60));
			String username = switch (i) {
				case 0 -> "liaison";
				case 8 -> "liaison2";
				default -> "liaison-" + unitId + "-1";
			};
			if (VACANT.contains(i)) {
				if (i % 2 == 1) {
					// had a liaison who left: the appointment is history now
					var appointed = this.liaisons.appoint(unitId, liaisonForm(random, true, since, username));
					this.liaisons.end(unitId, appointed.liaisonId());
				}
				continue;
			}
			LiaisonForm form = liaisonForm(random, true, since, username);
			if (names.containsKey(i)) {
				form = new LiaisonForm(names.get(i), form.position(), form.department(), form.phone(), form.email(),
						true, since, username);
			}
			this.liaisons.appoint(unitId, form);
			if (i % 4 == 2) {
				this.liaisons.appoint(unitId,
						liaisonForm(random, false, since.plusMonths(1), "liaison-" + unitId + "-2"));
			}
		}
	}

	private static LiaisonForm liaisonForm(Random random, boolean primary, LocalDate since, String username) {
		return new LiaisonForm(person(random), POSITIONS[random.nextInt(POSITIONS.length)],
				DEPARTMENTS[random.nextInt(DEPARTMENTS.length)], "139" + (10000000 + random.nextInt(89999999)), null,
				primary, since, username);
	}

	private void account(String username, String displayName, Role role, @Nullable Long organisationId,
			@Nullable Long unitId) {
		this.accounts.createAccount(new AccountForm(username, displayName, role, organisationId, unitId, null),
				DEMO_PASSWORD, false);
	}

	/**
	 * A unified social credit code for Hongkou district (310109) with a correct check
	 * character: registration authority and type by category, then a random body.
	 */
	static String creditCode(UnitCategory category, Random random) {
		String head = switch (category) {
			case PARTY_GOVERNMENT -> "11";
			case PUBLIC_INSTITUTION -> "12";
			case SOCIAL_ORGANISATION -> "52";
			default -> "91";
		};
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		StringBuilder sb = new StringBuilder(head).append("310109");
		for (int i = 0; i < 9; i++) {
			sb.append(alphabet.charAt(random.nextInt(i < 8 ? 10 : alphabet.length())));
		}
		return sb.append(CreditCode.checkCharacter(sb.toString())).toString();
	}

	private static String person(Random random) {
		return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
	}

}
