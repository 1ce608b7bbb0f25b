package org.lianjian.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.AccountForm;
import org.lianjian.account.AccountService;
import org.lianjian.account.Role;
import org.lianjian.structure.MembershipForm;
import org.lianjian.structure.MembershipRole;
import org.lianjian.structure.OrganisationForm;
import org.lianjian.structure.OrganisationType;
import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;
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

	/** Unit name patterns: prefix of a place or trade, and the kind of unit. */
	private static final String[] UNIT_PREFIXES = { "曲阳", "大柏树", "虹口", "沪东", "东江", "申城", "同舟", "海纳", "明德", "华曲", "嘉和",
			"汇丰路", "远望", "新程", "启航", "博雅", "康泰", "安澜", "锦程", "恒信" };

	private static final String[] UNIT_KINDS = { "医院", "第二中学", "实验小学", "职业技术学院", "科技有限公司", "建设集团有限公司", "税务所", "派出所",
			"环境科学研究所", "社会工作服务中心", "物业管理有限公司", "商务楼宇联合会", "电力供电所", "文化传媒有限公司", "律师事务所", "口腔医院", "邮政支局", "图书馆",
			"信息技术研究院", "养老服务中心" };

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "徐", "孙", "朱", "马",
			"胡", "郭", "林", "何", "高", "罗" };

	private static final String[] GIVEN = { "建华", "丽娟", "志强", "海燕", "晓东", "文静", "国平", "秀英", "伟民", "春梅", "立新", "佳怡",
			"振宇", "雪芳", "明辉", "慧敏" };

	private final StructureService structure;

	private final UnitService units;

	private final AccountService accounts;

	DemoDataGenerator(StructureService structure, UnitService units, AccountService accounts) {
		this.structure = structure;
		this.units = units;
		this.accounts = accounts;
	}

	@Transactional
	void generate() {
		Random random = new Random(SEED);
		LocalDate today = LocalDate.now();
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

		int unitCount = 40;
		List<Long> unitIds = new ArrayList<>();
		for (int i = 0; i < unitCount; i++) {
			String prefix = UNIT_PREFIXES[i % UNIT_PREFIXES.length];
			String kind = UNIT_KINDS[(i * 7 + i / UNIT_KINDS.length) % UNIT_KINDS.length];
			String name = (i >= UNIT_PREFIXES.length ? "上海" : "上海市") + prefix + kind;
			Long area = areas.get(random.nextInt(areas.size()));
			Long unitId = this.units.register(name, prefix + kind.substring(0, Math.min(2, kind.length())), area);
			unitIds.add(unitId);
			boolean nonPublic = kind.contains("有限公司") || kind.contains("事务所");
			Long partyParent = nonPublic ? comprehensive : coordination;
			Long partyOrg = org(partyParent, OrganisationType.UNIT_PARTY_ORG, name + (nonPublic ? "党支部" : "党委"), null,
					null, random, 10 + random.nextInt(300));
			if (!nonPublic) {
				LocalDate since = today.minusYears(1 + random.nextInt(8)).withDayOfYear(1 + random.nextInt(300));
				this.structure.addMembership(partyOrg,
						new MembershipForm(coordination, MembershipRole.MEMBER, since, null));
				if (random.nextInt(4) == 0) {
					this.structure.addMembership(partyOrg, new MembershipForm(
							committees.get(random.nextInt(committees.size())), MembershipRole.MEMBER, since, null));
				}
			}
		}
		for (int i = 0; i < committees.size(); i++) {
			this.structure.addMembership(areas.get(i % areas.size()), new MembershipForm(committees.get(i),
					MembershipRole.MEMBER, today.minusYears(3).withDayOfYear(1), null));
		}

		account("admin", "系统管理员", Role.ADMIN, null, null);
		account("staff", person(random), Role.STAFF, null, null);
		account("secretary", person(random), Role.SECRETARY, areas.get(0), null);
		account("liaison", person(random), Role.LIAISON, null, unitIds.get(0));
		account("liaison2", person(random), Role.LIAISON, null, unitIds.get(1));
		log.info("Demo data: {} residential areas, {} units, {} co-governance committees", areas.size(), unitCount,
				committees.size());
	}

	private Long org(@Nullable Long parent, OrganisationType type, String name, @Nullable String shortName,
			@Nullable StructureRole role, Random random, int members) {
		String secretary = person(random);
		return this.structure.create(new OrganisationForm(type, name, shortName, parent, secretary,
				"021-6" + (5000000 + random.nextInt(4999999)), members, null), role);
	}

	private void account(String username, String displayName, Role role, @Nullable Long organisationId,
			@Nullable Long unitId) {
		this.accounts.createAccount(new AccountForm(username, displayName, role, organisationId, unitId, null),
				DEMO_PASSWORD, false);
	}

	private static String person(Random random) {
		return SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
	}

}
