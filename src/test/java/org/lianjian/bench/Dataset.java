package org.lianjian.bench;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import org.jspecify.annotations.Nullable;
import org.lianjian.agreement.AgreementLevel;
import org.lianjian.agreement.AgreementStatus;
import org.lianjian.agreement.CooperationArea;
import org.lianjian.unit.AdminRank;
import org.lianjian.unit.CreditCode;
import org.lianjian.unit.InstitutionType;
import org.lianjian.unit.PartyOrgKind;
import org.lianjian.unit.UnitCategory;
import org.lianjian.unit.UnitStatus;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/**
 * Builds the rows of one dataset in memory, table by table, from one seeded random. The
 * rules are those the portal's forms and services enforce; the comments name them.
 */
final class Dataset {

	static final String PASSWORD = "lianjian-demo";

	private static final String STAFF = "staff";

	private final DatasetSize size;

	private final Random random;

	private final Names names;

	private final LocalDate today;

	private final int firstYear;

	private final List<Long> brands;

	private final List<DatasetGenerator.FestivalRow> festivals;

	// ---------------------------------------------------------------- tables, copy order

	private final CopyBuffer organisations = new CopyBuffer("organisation",
			"id,type,structure_role,name,short_name,parent_id,secretary_name,contact,member_count,status,sort_order");

	private final CopyBuffer memberships = new CopyBuffer("membership",
			"id,organisation_id,group_id,role,valid_from,valid_to");

	private final CopyBuffer units = new CopyBuffer("resident_unit",
			"id,name,short_name,residential_area_id,status,credit_code,category,sub_type,admin_rank,dual_managed,"
					+ "address,grid_ref,headcount,contact_phone,contact_email,party_org_id,party_org_kind,"
					+ "party_member_count,sector_committee,network_id,effective_from,status_date,created_at,updated_at");

	private final CopyBuffer accounts = new CopyBuffer("user_account",
			"id,username,display_name,password_hash,role,scope_organisation_id,scope_unit_id,enabled,must_change_password");

	private final CopyBuffer liaisons = new CopyBuffer("liaison",
			"id,unit_id,person_name,position,department,phone,email,is_primary,start_date,end_date,account_id,created_at");

	private final CopyBuffer unitChanges = new CopyBuffer("unit_change",
			"id,unit_id,changed_at,changed_by,source,field,old_value,new_value");

	private final CopyBuffer pairings = new CopyBuffer("pairing",
			"id,organisation_id,unit_id,partner_org_id,start_date,end_date,note,created_at");

	private final CopyBuffer agreements = new CopyBuffer("agreement",
			"id,number,title,level,community_org_id,parent_agreement_id,renewed_from_id,pairing_id,status,term_start,"
					+ "term_end,signed_on,summary,return_reason,termination_reason,terminated_on,created_by,created_at,"
					+ "updated_at");

	private final CopyBuffer parties = new CopyBuffer("agreement_party", "agreement_id,unit_id");

	private final CopyBuffer agreementAreas = new CopyBuffer("agreement_area", "agreement_id,area");

	private final CopyBuffer commitments = new CopyBuffer("commitment",
			"id,agreement_id,sort_order,description,responsible_unit_id,area,target_quantity,target_unit,per_year,due_date");

	private final CopyBuffer fulfilments = new CopyBuffer("fulfilment",
			"id,commitment_id,agreement_id,happened_on,description,quantity,activity_id,automatic,created_by,created_at");

	private final CopyBuffer agreementChanges = new CopyBuffer("agreement_change",
			"id,agreement_id,changed_at,changed_by,entity,entity_id,field,old_value,new_value");

	private final CopyBuffer agreementNumbers = new CopyBuffer("agreement_number", "prefix,year,last_value");

	private final CopyBuffer projects = new CopyBuffer("service_project",
			"id,name,brand_id,lead_org_id,goals,start_date,end_date,status,beneficiary_target,created_at,updated_at");

	private final CopyBuffer projectPartners = new CopyBuffer("project_partner",
			"id,project_id,unit_id,role,contribution_kind,amount,description,sort_order");

	private final CopyBuffer milestones = new CopyBuffer("project_milestone",
			"id,project_id,title,due_date,done_on,sort_order");

	private final CopyBuffer projectCommitments = new CopyBuffer("project_commitment",
			"project_id,commitment_id,agreement_id,label");

	private final CopyBuffer positions = new CopyBuffer("position",
			"id,kind,category,name,address,capacity,contact,owner_organisation_id,owner_unit_id,agreement_id");

	private final CopyBuffer positionHours = new CopyBuffer("position_hours", "position_id,weekday,opens,closes");

	private final CopyBuffer activities = new CopyBuffer("activity",
			"id,title,type,festival_tag,festival_year,start_at,end_at,position_id,venue_text,organiser_org_id,"
					+ "project_id,status,public_flag,residents_served,summary,created_by,created_at,updated_at");

	private final CopyBuffer activityPartners = new CopyBuffer("activity_partner", "activity_id,unit_id");

	private final CopyBuffer activityCommitments = new CopyBuffer("activity_commitment", "activity_id,commitment_id");

	private final CopyBuffer unitHours = new CopyBuffer("activity_unit_hours", "activity_id,unit_id,volunteers,hours");

	private final CopyBuffer volunteers = new CopyBuffer("activity_volunteer",
			"activity_id,position,name,unit_id,hours");

	private final CopyBuffer bookings = new CopyBuffer("booking",
			"id,position_id,starts_at,ends_at,purpose,activity_id,status,booked_by,booked_by_name,created_at,cancelled_at");

	// ---------------------------------------------------------------- state

	private long orgId;

	private long coreId;

	private long circleId;

	private long residentialId;

	private long comprehensiveId;

	private long coordinationId;

	private final List<Long> groupOrgs = new ArrayList<>();

	private final List<Long> committees = new ArrayList<>();

	private final List<Area> areas = new ArrayList<>();

	private final List<Unit> unitList = new ArrayList<>();

	private final List<Agr> agreementList = new ArrayList<>();

	private final Map<Long, List<Agr>> agreementsByUnit = new HashMap<>();

	private final Map<Long, long[]> pairingByUnit = new HashMap<>();

	private long staffAccountId;

	private final List<long[]> bookers = new ArrayList<>();

	private final List<String> bookerNames = new ArrayList<>();

	private final List<Pos> positionList = new ArrayList<>();

	private final List<Proj> projectList = new ArrayList<>();

	private long fulfilmentId;

	private long agreementChangeId;

	/** Held activities per partner unit, for the matching data's deliveries. */
	private final Map<Long, List<Held>> heldByUnit = new HashMap<>();

	private final List<Held> heldAll = new ArrayList<>();

	/** The secretary's username of each residential area (by index), or null. */
	private final Map<Integer, String> secretaryByArea = new HashMap<>();

	private final List<String> staffUsernames = new ArrayList<>();

	private final MatchingData matching;

	Dataset(DatasetSize size, long seed, LocalDate today, List<Long> brands,
			List<DatasetGenerator.FestivalRow> festivals, List<MatchingData.CategoryRow> categories,
			ChinaWorkingDays workingDays) {
		this.size = size;
		this.random = new Random(seed);
		this.names = new Names(this.random);
		this.today = today;
		this.firstYear = today.getYear() - DatasetSize.YEARS + 1;
		this.brands = brands;
		this.festivals = festivals;
		this.matching = new MatchingData(this, categories, workingDays);
	}

	List<CopyBuffer> tables() {
		return List.of(this.organisations, this.memberships, this.units, this.accounts, this.liaisons, this.unitChanges,
				this.pairings, this.agreements, this.parties, this.agreementAreas, this.commitments, this.fulfilments,
				this.agreementChanges, this.agreementNumbers, this.projects, this.projectPartners, this.milestones,
				this.projectCommitments, this.positions, this.positionHours, this.activities, this.activityPartners,
				this.activityCommitments, this.unitHours, this.volunteers, this.bookings, this.matching.resources(),
				this.matching.needs(), this.matching.orders(), this.matching.needChanges(),
				this.matching.orderChanges());
	}

	void build() {
		structure();
		buildUnits();
		memberships();
		liaisonsAndAccounts();
		buildPairings();
		buildAgreements();
		buildProjects();
		buildPositions();
		buildActivities();
		this.matching.build();
	}

	// ================================================================ for the matching
	// data

	/**
	 * A held activity as a partner unit delivered it.
	 *
	 * @param id the activity
	 * @param day its day
	 * @param title its title
	 * @param hours the unit's hours (all partners' for {@link #heldAll})
	 * @param served residents served
	 */
	record Held(long id, LocalDate day, String title, BigDecimal hours, int served) {
	}

	Random random() {
		return this.random;
	}

	DatasetSize size() {
		return this.size;
	}

	LocalDate today() {
		return this.today;
	}

	int firstYear() {
		return this.firstYear;
	}

	List<Area> areaList() {
		return this.areas;
	}

	List<Unit> units() {
		return this.unitList;
	}

	List<Proj> projectList() {
		return this.projectList;
	}

	Map<Long, List<Held>> heldByUnit() {
		return this.heldByUnit;
	}

	List<Held> heldAll() {
		return this.heldAll;
	}

	@Nullable String secretaryOf(int area) {
		return this.secretaryByArea.get(area);
	}

	List<String> staffUsernames() {
		return this.staffUsernames;
	}

	// ================================================================ structure

	record Area(long orgId, String name) {
	}

	private long org(String type, @Nullable String role, String name, @Nullable String shortName, @Nullable Long parent,
			int members) {
		long id = ++this.orgId;
		this.organisations.row(id, type, role, name, shortName, parent, this.names.person(), phone021(), members,
				"ACTIVE", (int) id);
		return id;
	}

	/**
	 * The "1+1+4" structure: the core (the working committee), the circle (business
	 * circle hub), the four networks, and their member organisations, as in the demo
	 * data.
	 */
	private void structure() {
		this.coreId = org("WORKING_COMMITTEE", "CORE", "中共曲阳街道工作委员会", "曲阳街道党工委", null, 0);
		this.circleId = org("CIRCLE_HUB", "CIRCLE", "大柏树商圈党建中心", "商圈党建中心", this.coreId, 0);
		long admin = org("NETWORK", "NETWORK_ADMINISTRATIVE", "曲阳街道行政党组", "行政党组", this.coreId, 0);
		this.residentialId = org("NETWORK", "NETWORK_RESIDENTIAL", "曲阳街道居民区党委", "居民区党委", this.coreId, 0);
		this.comprehensiveId = org("COMPREHENSIVE_PARTY_COMMITTEE", "NETWORK_COMPREHENSIVE", "曲阳街道综合党委", "综合党委",
				this.coreId, 0);
		this.coordinationId = org("COORDINATION_COMMITTEE", "NETWORK_COORDINATION", "曲阳社区党建协调委员会", "党建协调委员会",
				this.coreId, 0);
		org("LIAISON_OFFICE", null, "曲阳社区党建联络办公室", "党建联络办", this.coordinationId, 0);
		org("OTHER", null, "曲阳社区党建共同体委员会", "党建共同体委员会", this.coreId, 0);
		this.groupOrgs.addAll(List.of(this.coreId, this.circleId, admin, this.residentialId, this.comprehensiveId,
				this.coordinationId));
		for (String name : new String[] { "社区委员会", "综合治理委员会", "市政市容管理委员会", "社区矛盾协调委员会", "志愿者协会", "科普文化体育协会" }) {
			this.committees.add(org("CO_GOVERNANCE_COMMITTEE", null, "曲阳社区" + name, name, this.coreId, 0));
		}
		for (String name : new String[] { "街道机关第一党支部", "街道机关第二党支部", "社区事务受理服务中心党支部", "城市网格化综合管理中心党支部",
				"社区卫生服务中心党支部" }) {
			org("OTHER", null, name, null, admin, 15 + this.random.nextInt(40));
		}
		for (String area : this.names.areas(this.size.areas())) {
			long id = org("RESIDENTIAL_PARTY_ORG", null, area + "居民区党总支", area + "居民区", this.residentialId,
					60 + this.random.nextInt(240));
			this.areas.add(new Area(id, area));
		}
		for (int i = 0; i < 4; i++) {
			org("OTHER", null, "大柏树商圈楼宇联合党支部（" + (i + 1) + "号楼）", null, this.circleId, 8 + this.random.nextInt(30));
		}
	}

	// ================================================================ units

	static final class Unit {

		long id;

		String name = "";

		String shortName = "";

		UnitCategory category = UnitCategory.OTHER;

		int area;

		UnitStatus status = UnitStatus.ACTIVE;

		@Nullable LocalDate statusDate;

		@Nullable Long partyOrgId;

		LocalDate registered = LocalDate.MIN;

		boolean coordinationMember;

		@Nullable LocalDate memberSince;

		@Nullable Long liaisonAccount;

		@Nullable String liaisonUsername;

		boolean activeOn(LocalDate day) {
			return !day.isBefore(this.registered) && (this.statusDate == null || day.isBefore(this.statusDate));
		}

	}

	private static final String[] SECTORS = { "虹口区卫生健康工作党委", "虹口区教育工作党委", "上海市教育卫生工作党委", "上海市科技工作党委", "中央企业驻沪工作党委",
			"虹口区公安分局党委", "虹口区税务局党委", "虹口区市场监管局党组", "国网上海市电力公司党委", "上海申通地铁集团党委", "上海市国资委党委", "虹口区文化旅游局党委" };

	private static final String[] STREETS = { "曲阳路", "中山北一路", "大连西路", "赤峰路", "东体育会路", "玉田路", "密云路", "巴林路", "运光路", "邯郸路",
			"政立路", "水电路", "广灵四路", "沽源路" };

	private void buildUnits() {
		LocalDate first = LocalDate.of(this.firstYear, 1, 1);
		long unitChange = 0;
		long partyOrgSort = 1000;
		for (int i = 0; i < this.size.units(); i++) {
			Unit u = new Unit();
			u.id = i + 1;
			int c = this.random.nextInt(100);
			u.category = c < 6 ? UnitCategory.PARTY_GOVERNMENT : c < 24 ? UnitCategory.PUBLIC_INSTITUTION : c < 36
					? UnitCategory.STATE_OWNED
					: c < 86 ? UnitCategory.NON_PUBLIC : c < 96 ? UnitCategory.SOCIAL_ORGANISATION : UnitCategory.OTHER;
			if (i < 2) {
				// the liaison demo accounts' units: a hospital and a police station
				u.category = i == 0 ? UnitCategory.PUBLIC_INSTITUTION : UnitCategory.PARTY_GOVERNMENT;
			}
			InstitutionType subType = null;
			if (u.category == UnitCategory.PUBLIC_INSTITUTION) {
				int s = this.random.nextInt(18);
				subType = i == 0 || s < 4 ? InstitutionType.HOSPITAL
						: s < 12 ? InstitutionType.SCHOOL : s < 15 ? InstitutionType.RESEARCH : InstitutionType.OTHER;
			}
			String[] name = this.names.unit(u.category, subType);
			u.name = name[0];
			u.shortName = name[1];
			AdminRank rank = rank(u.category);
			boolean dual = u.category == UnitCategory.PARTY_GOVERNMENT ? this.random.nextInt(5) != 0
					: this.random.nextInt(40) == 0;
			int headcount = switch (u.category) {
				case NON_PUBLIC, SOCIAL_ORGANISATION, OTHER -> 5 + this.random.nextInt(200);
				default -> 40 + this.random.nextInt(1500);
			};
			PartyOrgKind kind = headcount > 600 ? PartyOrgKind.COMMITTEE
					: headcount > 150 ? PartyOrgKind.GENERAL_BRANCH : PartyOrgKind.BRANCH;
			int members = Math.max(3, headcount / (6 + this.random.nextInt(10)));
			boolean twoNew = u.category == UnitCategory.NON_PUBLIC || u.category == UnitCategory.SOCIAL_ORGANISATION;
			if (twoNew && i >= 2 && this.random.nextInt(8) == 0) {
				// too few party members for an organisation of its own
				kind = null;
				members = this.random.nextInt(3);
			}
			u.area = i == 0 ? 0 : this.random.nextInt(this.areas.size());
			long network = twoNew || u.category == UnitCategory.OTHER ? this.comprehensiveId : this.coordinationId;
			u.registered = first.plusDays(this.random.nextInt(this.random.nextInt(4) == 0 ? 3000 : 200));
			u.coordinationMember = !twoNew && kind != null && this.random.nextInt(5) != 0;
			u.memberSince = u.coordinationMember ? u.registered.plusDays(this.random.nextInt(400)) : null;
			if (u.memberSince != null && u.memberSince.isAfter(this.today)) {
				u.memberSince = this.today;
			}
			int st = this.random.nextInt(100);
			if (i >= 2 && st < 7) {
				u.status = st < 5 ? UnitStatus.MOVED_OUT : UnitStatus.CLOSED;
				long span = Math.max(30, ChronoUnit.DAYS.between(u.registered, this.today) - 10);
				u.statusDate = u.registered.plusDays(30 + this.random.nextLong(span - 29));
			}
			if (u.memberSince != null && u.statusDate != null && !u.memberSince.isBefore(u.statusDate)) {
				u.memberSince = u.registered;
			}
			if (kind != null) {
				String suffix = switch (kind) {
					case COMMITTEE -> "党委";
					case GENERAL_BRANCH -> "党总支";
					case BRANCH -> "党支部";
				};
				// the unit service's ensurePartyOrganisation: a node under the unit's
				// network
				u.partyOrgId = ++this.orgId;
				this.organisations.row(u.partyOrgId, "UNIT_PARTY_ORG", null, u.name + suffix, null, network, null, null,
						members, "ACTIVE", (int) partyOrgSort++);
			}
			String code = this.random.nextInt(40) == 0 && u.category == UnitCategory.PARTY_GOVERNMENT ? null
					: creditCode(u.category);
			String sector = twoNew ? null : SECTORS[this.random.nextInt(SECTORS.length)];
			String email = this.random.nextInt(3) == 0 ? "dangban" + u.id + "@example.cn" : null;
			String created = at(u.registered, 9 + this.random.nextInt(8));
			this.units.row(u.id, u.name, u.shortName, this.areas.get(u.area).orgId(), u.status, code, u.category,
					subType, rank, dual,
					STREETS[this.random.nextInt(STREETS.length)] + (1 + this.random.nextInt(999)) + "号",
					"QY-" + (101 + this.random.nextInt(48)), headcount, phone021(), email, u.partyOrgId, kind, members,
					sector, network, u.registered, u.statusDate, created,
					u.statusDate == null ? created : at(u.statusDate, 10));
			this.unitChanges.row(++unitChange, u.id, created, STAFF, "STAFF_EDIT", "created", null, u.name);
			if (u.statusDate != null) {
				this.unitChanges.row(++unitChange, u.id, at(u.statusDate, 10), STAFF, "STAFF_EDIT", "status", "ACTIVE",
						u.status.name());
				this.unitChanges.row(++unitChange, u.id, at(u.statusDate, 10), STAFF, "STAFF_EDIT", "statusDate", null,
						u.statusDate.toString());
			}
			this.unitList.add(u);
		}
	}

	private AdminRank rank(UnitCategory category) {
		int r = this.random.nextInt(100);
		return switch (category) {
			case PARTY_GOVERNMENT -> r < 75 ? AdminRank.TOWNSHIP : r < 95 ? AdminRank.COUNTY : AdminRank.BUREAU;
			case PUBLIC_INSTITUTION -> r < 35 ? AdminRank.NONE : r < 65 ? AdminRank.TOWNSHIP
					: r < 85 ? AdminRank.COUNTY : r < 98 ? AdminRank.BUREAU : AdminRank.MINISTERIAL;
			case STATE_OWNED -> r < 60 ? AdminRank.NONE
					: r < 80 ? AdminRank.TOWNSHIP : r < 97 ? AdminRank.BUREAU : AdminRank.MINISTERIAL;
			default -> AdminRank.NONE;
		};
	}

	private final Set<String> creditCodes = new HashSet<>();

	/**
	 * A unified social credit code for Hongkou (310109), unique, with a correct check
	 * character (the same rule as the unit form's {@code @ValidCreditCode}).
	 */
	private String creditCode(UnitCategory category) {
		String head = switch (category) {
			case PARTY_GOVERNMENT -> "11";
			case PUBLIC_INSTITUTION -> "12";
			case SOCIAL_ORGANISATION -> "52";
			default -> "91";
		};
		String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
		while (true) {
			StringBuilder sb = new StringBuilder(head).append("310109");
			for (int i = 0; i < 9; i++) {
				sb.append(alphabet.charAt(this.random.nextInt(i < 8 ? 10 : alphabet.length())));
			}
			String code = sb.append(CreditCode.checkCharacter(sb.toString())).toString();
			if (this.creditCodes.add(code)) {
				return code;
			}
		}
	}

	private void memberships() {
		long id = 0;
		for (Unit u : this.unitList) {
			if (u.coordinationMember && u.partyOrgId != null && u.memberSince != null) {
				// a membership's last day is the day before the unit left (V71)
				LocalDate last = u.statusDate == null ? null : u.statusDate.minusDays(1);
				this.memberships.row(++id, u.partyOrgId, this.coordinationId, "MEMBER", u.memberSince, last);
				if (this.random.nextInt(4) == 0) {
					this.memberships.row(++id, u.partyOrgId,
							this.committees.get(this.random.nextInt(this.committees.size())), "MEMBER", u.memberSince,
							last);
				}
			}
		}
		LocalDate since = LocalDate.of(this.firstYear, 1, 1);
		for (int i = 0; i < this.committees.size(); i++) {
			long committee = this.committees.get(i);
			this.memberships.row(++id, this.coreId, committee, "CHAIR", since, null);
			this.memberships.row(++id, this.areas.get(i % this.areas.size()).orgId(), committee, "MEMBER",
					since.plusYears(this.random.nextInt(5)), null);
		}
	}

	// ================================================================ liaisons, accounts

	private static final String[] POSITIONS = { "党办主任", "党委办公室副主任", "组织科科长", "党建专员", "行政办公室主任", "工会主席", "党支部书记",
			"综合办副主任" };

	private static final String[] DEPARTMENTS = { "党委办公室", "组织科", "党群工作部", "综合办公室", "行政部", "人力资源部" };

	private long accountId;

	private void account(String username, String displayName, String role, @Nullable Long org, @Nullable Long unit,
			String hash) {
		this.accounts.row(++this.accountId, username, displayName, hash, role, org, unit, true, false);
	}

	/**
	 * Accounts (admin, staff, secretaries of residential areas, liaisons) and liaison
	 * appointments: most units have an active primary liaison, some a deputy, some a
	 * handed-over predecessor, and some none (vacant). The role/scope check constraint
	 * holds: a secretary is scoped to an organisation, a liaison to a unit.
	 */
	private void liaisonsAndAccounts() {
		String hash = PasswordEncoderFactories.createDelegatingPasswordEncoder().encode(PASSWORD);
		int total = this.size.accounts();
		int staff = Math.max(1, total / 40);
		int secretaries = Math.min(this.areas.size(), Math.max(1, total / 6));
		int liaisonAccounts = total - 1 - staff - secretaries;
		account("admin", "系统管理员", "ADMIN", null, null, hash);
		for (int i = 0; i < staff; i++) {
			String name = this.names.person();
			account(i == 0 ? STAFF : "staff" + (i + 1), name, "STAFF", null, null, hash);
			this.staffUsernames.add(i == 0 ? STAFF : "staff" + (i + 1));
			if (i == 0) {
				this.staffAccountId = this.accountId;
			}
			this.bookers.add(new long[] { this.accountId });
			this.bookerNames.add(name);
		}
		for (int i = 0; i < secretaries; i++) {
			String name = this.names.person();
			account(i == 0 ? "secretary" : "secretary" + (i + 1), name, "SECRETARY", this.areas.get(i).orgId(), null,
					hash);
			this.secretaryByArea.put(i, i == 0 ? "secretary" : "secretary" + (i + 1));
			this.bookers.add(new long[] { this.accountId });
			this.bookerNames.add(name);
		}
		long liaisonId = 0;
		int withAccount = 0;
		for (Unit u : this.unitList) {
			int r = this.random.nextInt(100);
			boolean vacantNever = u.id > 2 && r < 6;
			boolean vacantLeft = u.id > 2 && r >= 6 && r < 12;
			LocalDate unitEnd = u.statusDate;
			if (vacantNever) {
				continue;
			}
			LocalDate start = u.registered.plusDays(this.random.nextInt(120));
			LocalDate limit = unitEnd != null ? unitEnd : this.today;
			if (!start.isBefore(limit)) {
				start = u.registered;
			}
			if (this.random.nextInt(10) < 3) {
				// a predecessor who handed over
				long span = ChronoUnit.DAYS.between(start, limit);
				if (span > 400) {
					LocalDate handover = start.plusDays(200 + this.random.nextLong(span - 200));
					liaison(++liaisonId, u, true, start, handover.minusDays(1), null);
					start = handover;
				}
			}
			if (vacantLeft || unitEnd != null) {
				LocalDate end = unitEnd != null ? unitEnd
						: start.plusDays(this.random.nextLong(Math.max(1, ChronoUnit.DAYS.between(start, this.today))));
				liaison(++liaisonId, u, true, start, end.isBefore(start) ? start : end, null);
				continue;
			}
			Long account = null;
			String person = this.names.person();
			if (withAccount < liaisonAccounts) {
				String username = switch (withAccount) {
					case 0 -> "liaison";
					case 1 -> "liaison2";
					default -> "liaison-" + u.id + "-1";
				};
				account(username, person, "LIAISON", null, u.id, hash);
				account = this.accountId;
				u.liaisonAccount = account;
				u.liaisonUsername = username;
				this.bookers.add(new long[] { account });
				this.bookerNames.add(person);
				withAccount++;
			}
			liaisonRow(++liaisonId, u, person, true, start, null, account);
			if (this.random.nextInt(5) == 0) {
				liaison(++liaisonId, u, false, start.plusDays(this.random.nextInt(60)), null, null);
			}
		}
	}

	private void liaison(long id, Unit u, boolean primary, LocalDate start, @Nullable LocalDate end,
			@Nullable Long account) {
		liaisonRow(id, u, this.names.person(), primary, start, end, account);
	}

	private void liaisonRow(long id, Unit u, String person, boolean primary, LocalDate start, @Nullable LocalDate end,
			@Nullable Long account) {
		this.liaisons.row(id, u.id, person, POSITIONS[this.random.nextInt(POSITIONS.length)],
				DEPARTMENTS[this.random.nextInt(DEPARTMENTS.length)],
				"139" + (10000000 + this.random.nextInt(89999999)), null, primary, start, end, account, at(start, 10));
	}

	// ================================================================ pairings

	private static final String[] PAIRING_NOTES = { "居民区党组织与驻区单位党组织结对共建", "党员教师进社区开展课后服务", "医务党员结对服务社区老人",
			"共建单位党员参与小区治理", "结对开展“双报到”志愿服务" };

	private void buildPairings() {
		long id = 0;
		for (Unit u : this.unitList) {
			if (u.partyOrgId == null || this.random.nextInt(100) >= 15) {
				continue;
			}
			LocalDate start = u.registered.plusDays(this.random.nextInt(1500));
			LocalDate end = u.statusDate;
			if (start.isAfter(this.today) || (end != null && !start.isBefore(end))) {
				continue;
			}
			long area = this.areas.get(u.area).orgId();
			this.pairings.row(++id, area, u.id, null, start, end,
					PAIRING_NOTES[this.random.nextInt(PAIRING_NOTES.length)], at(start, 11));
			this.pairingByUnit.put(u.id,
					new long[] { id, area, start.toEpochDay(), end == null ? Long.MAX_VALUE : end.toEpochDay() });
		}
		for (int i = 0; i + 1 < this.areas.size(); i += 3) {
			LocalDate start = LocalDate.of(this.firstYear + this.random.nextInt(5), 1 + this.random.nextInt(12), 1);
			this.pairings.row(++id, this.areas.get(i).orgId(), null, this.areas.get(i + 1).orgId(), start,
					this.random.nextBoolean() ? null : start.plusYears(2), "相邻居民区党组织联建，共同开展睦邻活动", at(start, 11));
		}
	}

	// ================================================================ agreements

	/**
	 * A kind of commitment: what is promised, its area, its yearly target (null:
	 * qualitative), the target's unit, whether per year, and what fulfilment says. The
	 * same promises as the demo data.
	 */
	private record Promise(String description, CooperationArea area, @Nullable Integer target, @Nullable String unit,
			boolean perYear, String... done) {
	}

	private static final Promise[] PROMISES = {
			new Promise("每年联合开展党课 4 场", CooperationArea.PARTY_BUILDING, 4, "场", true, "联合开展“学习贯彻党的创新理论”专题党课",
					"单位党委书记为居民区党员讲授党课", "组织党员赴红色教育基地开展现场教学"),
			new Promise("组织党员志愿服务 200 小时/年", CooperationArea.PARTY_BUILDING, 200, "小时", true, "在职党员“双报到”参与小区垃圾分类值守",
					"党员志愿者参与社区防汛防台巡查", "组织党员志愿者开展楼道清洁和便民服务"),
			new Promise("开放科普教育基地 1 个", CooperationArea.SCIENCE, 1, "个", false, "科普教育基地挂牌并向社区居民开放"),
			new Promise("为老服务 12 次/年", CooperationArea.ELDERLY, 12, "次", true, "走访慰问辖区独居和高龄老人", "为老年人开展智能手机使用培训",
					"为社区老人提供助餐送餐服务"),
			new Promise("健康讲座 6 场/年", CooperationArea.HEALTH, 6, "场", true, "开展慢性病防治健康讲座", "举办“健康进社区”义诊和健康咨询",
					"开展老年人防跌倒健康讲座"),
			new Promise("为社区居民提供就业岗位 10 个", CooperationArea.EMPLOYMENT, 10, "个", true, "面向社区就业困难人员提供岗位",
					"参加街道专场招聘会并录用社区居民"),
			new Promise("每季度进社区义诊 1 次", CooperationArea.HEALTH, 4, "次", true, "医务党员进社区开展义诊", "为居民测量血压血糖并建立健康档案"),
			new Promise("组织青少年假期社会实践 2 次/年", CooperationArea.EDUCATION, 2, "次", true, "组织辖区中小学生开展假期社会实践",
					"开展“小小志愿者”暑期实践活动"),
			new Promise("联合举办社区文化活动 4 场/年", CooperationArea.CULTURE, 4, "场", true, "联合举办邻里文化节文艺演出", "开展“我们的节日”主题文化活动",
					"共同举办社区读书分享会"),
			new Promise("社区环境整治志愿行动 6 次/年", CooperationArea.ENVIRONMENT, 6, "次", true, "组织党员开展小区环境整治志愿行动",
					"参与“美丽街区”环境清洁行动"),
			new Promise("向社区开放党员活动阵地", CooperationArea.PARTY_BUILDING, null, null, true, "单位会议室向居民区党组织开放，用于党员组织生活"),
			new Promise("开展法律咨询进社区 8 次/年", CooperationArea.OTHER, 8, "次", true, "律师党员在居民区开展法律咨询", "举办反诈和防范非法集资宣传讲座"),
			new Promise("结对帮扶困难家庭 10 户", CooperationArea.OTHER, 10, "户", true, "走访结对帮扶困难家庭并送去慰问金", "为困难家庭子女提供学业辅导"),
			new Promise("联合开展平安社区宣传 6 次/年", CooperationArea.OTHER, 6, "次", true, "民警进社区开展防诈骗宣传", "联合开展夜间平安巡逻") };

	private static final String[] TERMINATIONS = { "驻区单位机构调整，经双方协商一致提前终止协议。", "共建项目已整体移交区级部门，协议提前终止。",
			"单位办公地址迁出辖区，经双方协商终止协议。" };

	private static final String[] RETURNS = { "承诺事项的目标数量和责任方不够明确，请补充后重新提交。", "请补充共建双方联系人及联席会议安排。",
			"协议期限与单位上级党组织要求不一致，请核实后重新提交。" };

	/** One commitment row. */
	static final class Com {

		long id;

		final Promise promise;

		@Nullable Long responsible;

		/** Delivered well below target in the current (or last) year. */
		boolean red;

		Com(Promise promise, @Nullable Long responsible) {
			this.promise = promise;
			this.responsible = responsible;
		}

	}

	/** One agreement, before ids and numbers are given out in order of drafting. */
	static final class Agr {

		long id;

		String number = "";

		AgreementLevel level = AgreementLevel.BRANCH;

		long orgId;

		String title = "";

		final List<Long> unitIds = new ArrayList<>();

		LocalDate start = LocalDate.MIN;

		LocalDate end = LocalDate.MIN;

		LocalDate created = LocalDate.MIN;

		AgreementStatus status = AgreementStatus.DRAFT;

		@Nullable LocalDate signed;

		@Nullable LocalDate submitted;

		@Nullable String returnReason;

		@Nullable String terminationReason;

		@Nullable LocalDate terminatedOn;

		@Nullable Agr renewedFrom;

		@Nullable Agr parent;

		@Nullable Long pairingId;

		boolean sleeping;

		final List<Com> commitments = new ArrayList<>();

		boolean inForceOn(LocalDate day) {
			return this.signed != null && !day.isBefore(this.start) && !day.isAfter(this.end)
					&& (this.terminatedOn == null || !day.isAfter(this.terminatedOn));
		}

	}

	private void buildAgreements() {
		int target = this.size.agreements();
		List<Unit> order = new ArrayList<>(this.unitList);
		// pass 1: sub-district agreements of the larger and public units; then branch
		// agreements with the unit's own residential area; then a second branch chain
		for (int pass = 0; pass < 6 && this.agreementList.size() < target; pass++) {
			Collections.shuffle(order, this.random);
			for (Unit u : order) {
				if (this.agreementList.size() >= target) {
					break;
				}
				boolean sub = pass % 3 == 0;
				if (sub && u.category == UnitCategory.NON_PUBLIC && this.random.nextInt(4) != 0) {
					continue;
				}
				if (u.partyOrgId == null && this.random.nextInt(3) != 0) {
					continue;
				}
				chain(u, sub ? AgreementLevel.SUB_DISTRICT : AgreementLevel.BRANCH, pass == 2 || pass == 5);
			}
		}
		// the liaison accounts' units always have an agreement in force
		for (Unit u : this.unitList.subList(0, Math.min(2, this.unitList.size()))) {
			boolean active = this.agreementsByUnit.getOrDefault(u.id, List.of())
				.stream()
				.anyMatch((a) -> a.status == AgreementStatus.ACTIVE);
			if (!active) {
				Agr a = newAgreement(u, AgreementLevel.BRANCH, this.areas.get(u.area).orgId(),
						this.today.withDayOfYear(1), 3);
				approve(a);
				a.status = AgreementStatus.ACTIVE;
				add(a);
			}
		}
		this.agreementList.sort(Comparator.comparing((Agr a) -> a.created));
		Map<Integer, Integer> counters = new TreeMap<>();
		long id = 0;
		long commitmentId = 0;
		for (Agr a : this.agreementList) {
			a.id = ++id;
			int year = a.created.getYear();
			int n = counters.merge(year, 1, Integer::sum);
			// AgreementNumbers: prefix, drafting year, counter per year
			a.number = String.format("QY-%d-%03d", year, n);
			for (Com c : a.commitments) {
				c.id = ++commitmentId;
			}
		}
		counters.forEach((year, last) -> this.agreementNumbers.row("QY", year, last));
		for (Agr a : this.agreementList) {
			writeAgreement(a);
		}
	}

	/**
	 * A chain of agreements of one unit with one organisation: each renewal starts the
	 * day after its predecessor ends and points at it. Ended ones are expired, some are
	 * terminated, the last may be a renewal still being drafted or approved.
	 */
	private void chain(Unit u, AgreementLevel level, boolean neighbour) {
		long org = level == AgreementLevel.SUB_DISTRICT ? this.coreId
				: this.areas.get(neighbour ? (u.area + 1) % this.areas.size() : u.area).orgId();
		int startYear = this.firstYear + this.random.nextInt(DatasetSize.YEARS);
		LocalDate start = this.random.nextInt(10) < 7 ? LocalDate.of(startYear, 1, 1)
				: LocalDate.of(startYear, 1 + this.random.nextInt(12), 1);
		if (start.isBefore(u.registered)) {
			start = u.registered.withDayOfMonth(1).plusMonths(1);
		}
		Agr previous = null;
		while (this.agreementList.size() < this.size.agreements()) {
			if (u.statusDate != null && !start.isBefore(u.statusDate)) {
				return;
			}
			int r = this.random.nextInt(10);
			int years = r < 6 ? 3 : r < 8 ? 2 : 1;
			Agr a = newAgreement(u, level, org, start, years);
			if (previous != null) {
				a.renewedFrom = previous;
				a.commitments.clear();
				for (Com c : previous.commitments) {
					a.commitments.add(new Com(c.promise, c.responsible));
				}
				a.unitIds.clear();
				a.unitIds.addAll(previous.unitIds);
			}
			if (a.created.isAfter(this.today)) {
				return;
			}
			if (a.start.isAfter(this.today)) {
				pending(a);
				add(a);
				return;
			}
			approve(a);
			if (u.statusDate != null && !u.statusDate.isAfter(a.end) && !u.statusDate.isAfter(this.today)) {
				terminate(a, u.statusDate, TERMINATIONS[2]);
				add(a);
				return;
			}
			if (this.random.nextInt(100) < 4) {
				LocalDate last = a.end.isBefore(this.today) ? a.end : this.today;
				long span = ChronoUnit.DAYS.between(a.start, last);
				terminate(a, a.start.plusDays(span <= 1 ? 0 : 1 + this.random.nextLong(span)),
						TERMINATIONS[this.random.nextInt(2)]);
				add(a);
				return;
			}
			a.status = a.end.isBefore(this.today) ? AgreementStatus.EXPIRED : AgreementStatus.ACTIVE;
			a.sleeping = this.random.nextInt(100) < (a.status == AgreementStatus.ACTIVE ? 8 : 3);
			add(a);
			if (a.status == AgreementStatus.ACTIVE) {
				if (ChronoUnit.DAYS.between(this.today, a.end) <= 60 && this.random.nextBoolean()) {
					// renewal under way
					Agr next = newAgreement(u, level, org, a.end.plusDays(1), years);
					next.renewedFrom = a;
					next.created = this.today.minusDays(this.random.nextInt(20));
					pending(next);
					add(next);
				}
				return;
			}
			if (this.random.nextInt(100) >= 80) {
				return;
			}
			previous = a;
			start = a.end.plusDays(1);
		}
	}

	private Agr newAgreement(Unit u, AgreementLevel level, long org, LocalDate start, int years) {
		Agr a = new Agr();
		a.level = level;
		a.orgId = org;
		a.start = start;
		a.end = start.plusYears(years).minusDays(1);
		a.created = start.minusDays(10 + this.random.nextInt(50));
		a.unitIds.add(u.id);
		if (level == AgreementLevel.BRANCH && this.random.nextInt(100) < 8) {
			// a few branch agreements bind two or three units of the same area
			for (int k = 0; k < 1 + this.random.nextInt(2); k++) {
				Unit other = this.unitList.get(this.random.nextInt(this.unitList.size()));
				if (other.area == u.area && other.activeOn(start) && !a.unitIds.contains(other.id)) {
					a.unitIds.add(other.id);
				}
			}
		}
		String areaName = this.areas.stream().filter((x) -> x.orgId() == org).map(Area::name).findFirst().orElse("");
		String period = years == 1 ? start.getYear() + "年" : start.getYear() + "—" + a.end.getYear() + "年";
		a.title = level == AgreementLevel.SUB_DISTRICT ? "曲阳街道党工委与" + u.shortName + "区域化党建共建协议（" + period + "）"
				: areaName + "居民区党总支与" + u.shortName + "党组织结对共建协议（" + period + "）";
		Set<Integer> picked = new LinkedHashSet<>();
		int count = 2 + this.random.nextInt(3);
		while (picked.size() < count) {
			picked.add(this.random.nextInt(PROMISES.length));
		}
		int i = 0;
		for (int p : picked) {
			// the community side delivers the first promise, the units the others in turn
			Long responsible = i == 0 ? null : a.unitIds.get((i - 1) % a.unitIds.size());
			a.commitments.add(new Com(PROMISES[p], responsible));
			i++;
		}
		if (level == AgreementLevel.BRANCH) {
			for (Agr sub : this.agreementsByUnit.getOrDefault(u.id, List.of())) {
				if (sub.level == AgreementLevel.SUB_DISTRICT && sub.inForceOn(start) && this.random.nextInt(3) == 0) {
					a.parent = sub;
					break;
				}
			}
			long[] pairing = this.pairingByUnit.get(u.id);
			if (pairing != null && pairing[1] == org && pairing[2] <= a.created.toEpochDay()
					&& pairing[3] >= a.created.toEpochDay()) {
				a.pairingId = pairing[0];
			}
		}
		return a;
	}

	private void approve(Agr a) {
		a.submitted = a.created.plusDays(1 + this.random.nextInt(5));
		LocalDate signed = a.start.minusDays(3 + this.random.nextInt(20));
		if (signed.isBefore(a.submitted)) {
			signed = a.submitted;
		}
		a.signed = signed.isAfter(this.today) ? this.today : signed;
		if (a.submitted.isAfter(a.signed)) {
			a.submitted = a.signed;
		}
		for (Com c : a.commitments) {
			c.red = this.random.nextInt(100) < 10;
		}
	}

	/** Not yet in force: a draft (perhaps sent back once), submitted, or signed early. */
	private void pending(Agr a) {
		if (a.created.isAfter(this.today)) {
			a.created = this.today;
		}
		int r = this.random.nextInt(10);
		if (r < 4) {
			a.status = AgreementStatus.DRAFT;
			if (r == 0) {
				a.submitted = a.created;
				a.returnReason = RETURNS[this.random.nextInt(RETURNS.length)];
			}
		}
		else if (r < 8) {
			a.status = AgreementStatus.SUBMITTED;
			a.submitted = a.created;
		}
		else {
			a.submitted = a.created;
			a.signed = this.today;
			a.status = AgreementStatus.ACTIVE;
		}
	}

	private void terminate(Agr a, LocalDate on, String reason) {
		a.status = AgreementStatus.TERMINATED;
		a.terminatedOn = on.isBefore(a.signed == null ? on : a.signed) ? a.signed : on;
		a.terminationReason = reason;
		a.sleeping = this.random.nextInt(5) == 0;
	}

	private void add(Agr a) {
		this.agreementList.add(a);
		for (Long unit : a.unitIds) {
			this.agreementsByUnit.computeIfAbsent(unit, (k) -> new ArrayList<>()).add(a);
		}
	}

	private void writeAgreement(Agr a) {
		Set<CooperationArea> coop = EnumSet.noneOf(CooperationArea.class);
		a.commitments.forEach((c) -> coop.add(c.promise.area()));
		String summary = "双方本着“资源共享、优势互补、共驻共建、互利共赢”的原则，围绕" + areaNames(coop)
				+ "等领域开展共建，建立联席会议制度，每半年召开一次工作例会，互通情况、共商事项。";
		LocalDate updated = a.terminatedOn != null ? a.terminatedOn
				: a.status == AgreementStatus.EXPIRED ? a.end.plusDays(1) : a.signed != null ? a.signed : a.created;
		this.agreements.row(a.id, a.number, a.title, a.level, a.orgId, a.parent == null ? null : a.parent.id,
				a.renewedFrom == null ? null : a.renewedFrom.id, a.pairingId, a.status, a.start, a.end, a.signed,
				summary, a.returnReason, a.terminationReason, a.terminatedOn, STAFF, at(a.created, 9), at(updated, 17));
		for (Long unit : a.unitIds) {
			this.parties.row(a.id, unit);
		}
		for (CooperationArea area : coop) {
			this.agreementAreas.row(a.id, area);
		}
		int sort = 0;
		for (Com c : a.commitments) {
			Promise p = c.promise;
			this.commitments.row(c.id, a.id, sort++, p.description(), c.responsible, p.area(),
					p.target() == null ? null : BigDecimal.valueOf(p.target()), p.unit(), p.perYear(),
					p.perYear() ? null : a.end.minusMonths(6));
		}
		history(a, a.created, "created", null, a.number);
		if (a.submitted != null) {
			history(a, a.submitted, "status", "DRAFT", "SUBMITTED");
		}
		if (a.returnReason != null) {
			history(a, a.submitted, "status", "SUBMITTED", "DRAFT");
			history(a, a.submitted, "returnReason", null, a.returnReason);
		}
		if (a.signed != null) {
			history(a, a.signed, "status", "SUBMITTED", "ACTIVE");
			history(a, a.signed, "signedOn", null, a.signed.toString());
			if (!a.sleeping) {
				fulfil(a);
			}
		}
		if (a.status == AgreementStatus.EXPIRED) {
			history(a, a.end.plusDays(1), "status", "ACTIVE", "EXPIRED");
		}
		if (a.terminatedOn != null) {
			history(a, a.terminatedOn, "status", "ACTIVE", "TERMINATED");
			history(a, a.terminatedOn, "terminationReason", null, a.terminationReason);
		}
	}

	private void history(Agr a, @Nullable LocalDate on, String field, @Nullable String before, @Nullable String after) {
		LocalDate day = on == null ? a.created : on;
		this.agreementChanges.row(++this.agreementChangeId, a.id, at(day, 10), STAFF, "AGREEMENT", a.id, field, before,
				after);
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

	/**
	 * Fulfilment per commitment and calendar year of the term, up to today or the
	 * termination: mostly on target (pro rata for the current year), some behind, and red
	 * commitments well below half of the target.
	 */
	private void fulfil(Agr a) {
		LocalDate stop = a.terminatedOn != null ? a.terminatedOn : a.end.isBefore(this.today) ? a.end : this.today;
		if (stop.isBefore(a.start)) {
			return;
		}
		for (Com c : a.commitments) {
			Promise p = c.promise;
			int target = p.target() == null ? 1 : p.target();
			boolean once = !p.perYear();
			for (int year = a.start.getYear(); year <= stop.getYear(); year++) {
				LocalDate from = a.start.getYear() == year ? a.start : LocalDate.of(year, 1, 1);
				LocalDate yearEnd = LocalDate.of(year, 12, 31);
				LocalDate termYearEnd = a.end.isBefore(yearEnd) ? a.end : yearEnd;
				LocalDate to = stop.isBefore(termYearEnd) ? stop : termYearEnd;
				if (to.isBefore(from)) {
					continue;
				}
				double elapsed = (double) (ChronoUnit.DAYS.between(from, to) + 1)
						/ (ChronoUnit.DAYS.between(from, termYearEnd) + 1);
				boolean lastYear = year == stop.getYear();
				double factor;
				if (c.red && lastYear) {
					factor = this.random.nextDouble() * 0.45;
				}
				else if (this.random.nextInt(100) < 12) {
					factor = 0.5 + this.random.nextDouble() * 0.4;
				}
				else {
					factor = 1.0 + this.random.nextDouble() * 0.3;
				}
				int amount = (int) Math.round(target * (c.red && lastYear ? factor : factor * elapsed));
				if (p.target() == null) {
					amount = factor >= 0.5 ? 1 : 0;
				}
				if (amount > 0) {
					log(a, c, amount, p.target() == null, from, to);
				}
				if (once && amount >= target) {
					break;
				}
			}
		}
	}

	private void log(Agr a, Com c, int amount, boolean qualitative, LocalDate from, LocalDate to) {
		int records = qualitative ? 1 : Math.max(1, Math.min(amount, 1 + this.random.nextInt(3)));
		long span = ChronoUnit.DAYS.between(from, to);
		int left = amount;
		String[] done = c.promise.done();
		for (int r = 0; r < records; r++) {
			int part = r == records - 1 ? left : Math.max(1, amount / records);
			part = Math.min(part, left);
			left -= part;
			LocalDate on = from.plusDays(span * (r + 1) / (records + 1));
			this.fulfilments.row(++this.fulfilmentId, c.id, a.id, on, done[this.random.nextInt(done.length)],
					BigDecimal.valueOf(part), null, false, STAFF, at(on, 16));
			if (left <= 0) {
				break;
			}
		}
	}

	// ================================================================ projects

	static final class Proj {

		long id;

		long leadOrg;

		LocalDate start = LocalDate.MIN;

		LocalDate end = LocalDate.MIN;

		final List<Long> partners = new ArrayList<>();

		String name = "";

	}

	private static final String[] THEMES = { "“红色物业”睦邻", "“银龄守护”为老", "“健康进万家”", "“四点半课堂”", "“美丽家园”环境共治", "“法治护航”",
			"“科普大篷车”", "“就业直通车”", "“邻里文化节”", "“楼宇党建”联动", "“双报到”志愿", "“暖心助餐”" };

	private static final String[] MILESTONES = { "项目启动会", "需求调研完成", "中期评估", "志愿者培训", "阶段成果展示", "项目总结验收" };

	private static final String[] ROLES = { "牵头实施", "场地支持", "专业支持", "志愿服务", "经费支持" };

	private void buildProjects() {
		int count = Math.max(3, this.size.agreements() / 30);
		long partnerId = 0;
		long milestoneId = 0;
		for (int i = 0; i < count; i++) {
			Proj p = new Proj();
			p.id = i + 1;
			boolean areaLed = this.random.nextInt(10) < 6;
			Area area = this.areas.get(this.random.nextInt(this.areas.size()));
			p.leadOrg = areaLed ? area.orgId() : this.coreId;
			p.start = LocalDate.of(this.firstYear, 1, 1).plusDays(this.random.nextInt(DatasetSize.YEARS * 365));
			p.end = p.start.plusMonths(6 + this.random.nextInt(19));
			String theme = THEMES[this.random.nextInt(THEMES.length)];
			p.name = (areaLed ? area.name() : "曲阳街道") + theme + "服务项目（" + p.start.getYear() + "）";
			String status = p.end.isBefore(this.today) ? (this.random.nextInt(10) == 0 ? "SUSPENDED" : "COMPLETED")
					: p.start.isAfter(this.today) ? "PREPARING" : "ACTIVE";
			this.projects.row(p.id, p.name, this.brands.get(this.random.nextInt(this.brands.size())), p.leadOrg,
					"围绕" + theme.replace("“", "").replace("”", "") + "，整合驻区单位资源，为居民提供常态化服务。", p.start, p.end, status,
					50 + this.random.nextInt(1950), at(p.start.minusDays(20), 9), at(p.start, 9));
			int partners = 1 + this.random.nextInt(4);
			for (int k = 0; k < partners; k++) {
				Unit u = this.unitList.get(this.random.nextInt(this.unitList.size()));
				if (p.partners.contains(u.id) || !u.activeOn(p.start)) {
					continue;
				}
				p.partners.add(u.id);
				String kind = new String[] { "IN_KIND", "MONEY", "VOLUNTEER_HOURS", "VENUE", "EXPERTISE" }[this.random
					.nextInt(5)];
				BigDecimal amount = switch (kind) {
					case "MONEY" -> BigDecimal.valueOf(5_000 + 1_000L * this.random.nextInt(195));
					case "VOLUNTEER_HOURS" -> BigDecimal.valueOf(20 + 10L * this.random.nextInt(50));
					default -> null;
				};
				this.projectPartners.row(++partnerId, p.id, u.id, ROLES[this.random.nextInt(ROLES.length)], kind,
						amount, u.shortName + "提供支持", k);
				for (Agr a : this.agreementsByUnit.getOrDefault(u.id, List.of())) {
					if (a.inForceOn(p.start) && !a.commitments.isEmpty() && this.random.nextInt(3) == 0) {
						Com c = a.commitments.get(this.random.nextInt(a.commitments.size()));
						this.projectCommitments.row(p.id, c.id, a.id, a.number + " · " + c.promise.description());
						break;
					}
				}
			}
			int ms = 2 + this.random.nextInt(3);
			long span = ChronoUnit.DAYS.between(p.start, p.end);
			for (int k = 0; k < ms; k++) {
				LocalDate due = p.start.plusDays(span * (k + 1) / (ms + 1));
				LocalDate done = due.isBefore(this.today) && this.random.nextInt(10) != 0
						? due.minusDays(this.random.nextInt(10)) : null;
				this.milestones.row(++milestoneId, p.id, MILESTONES[Math.min(k * 2, MILESTONES.length - 1)], due, done,
						k);
			}
			this.projectList.add(p);
		}
	}

	// ================================================================ positions

	/** A position or base with its weekly hours (index 1..7, null = closed). */
	static final class Pos {

		long id;

		final LocalTime[] opens = new LocalTime[8];

		final LocalTime[] closes = new LocalTime[8];

		/**
		 * Booked ranges (epoch minutes, start to end) of bookings that are not cancelled.
		 */
		final TreeMap<Long, Long> booked = new TreeMap<>();

		boolean fits(LocalDateTime start, LocalDateTime end) {
			int d = start.getDayOfWeek().getValue();
			return this.opens[d] != null && !start.toLocalTime().isBefore(this.opens[d])
					&& !end.toLocalTime().isAfter(this.closes[d]) && start.toLocalDate().equals(end.toLocalDate());
		}

		boolean free(long from, long to) {
			Map.Entry<Long, Long> before = this.booked.floorEntry(from);
			if (before != null && before.getValue() > from) {
				return false;
			}
			Long next = this.booked.ceilingKey(from);
			return next == null || next >= to;
		}

	}

	private void position(String category, String name, @Nullable String address, int capacity, @Nullable Long org,
			@Nullable Long unit, @Nullable Long agreement, String opens, String closes, int days) {
		Pos p = new Pos();
		p.id = this.positionList.size() + 1;
		boolean base = unit != null;
		this.positions.row(p.id, base ? "BASE" : "POSITION", category, name, address, capacity, phone021(), org, unit,
				agreement);
		for (int d = 1; d <= days; d++) {
			p.opens[d] = LocalTime.parse(opens);
			p.closes[d] = LocalTime.parse(closes);
			this.positionHours.row(p.id, d, p.opens[d], p.closes[d]);
		}
		this.positionList.add(p);
	}

	private void buildPositions() {
		position("PARTY_SERVICE_CENTRE", "曲阳街道党员服务中心", "曲阳路 800 号", 120, this.coreId, null, null, "08:30", "20:30", 6);
		position("CULTURE_CENTRE", "曲阳社区文化活动中心", "玉田路 350 号", 300, this.coreId, null, null, "08:30", "20:30", 7);
		position("HEALTH_CENTRE", "曲阳社区卫生服务中心健康小屋", "政立路 585 号", 40, this.coreId, null, null, "08:00", "16:30", 5);
		position("COMMUNITY_SCHOOL", "曲阳社区学校", "赤峰路 210 号", 80, this.coreId, null, null, "08:30", "21:00", 6);
		for (Area a : this.areas) {
			position("RESIDENT_ROOM", a.name() + "居民区党群服务站", a.name() + (1 + this.random.nextInt(80)) + "号", 30,
					a.orgId(), null, null, "08:30", "20:30", 6);
		}
		String[][] bases = { { "SCIENCE_BASE", "科普教育基地" }, { "HEALTH_EDUCATION_BASE", "健康教育活动基地" },
				{ "ELDERLY_CARE_TRAINING_BASE", "为老护工培训轮训基地" }, { "EMPLOYMENT_BASE", "促进就业基地" } };
		int count = Math.max(2, this.unitList.size() / 40);
		for (int i = 0; i < count; i++) {
			Unit u = this.unitList.get(this.random.nextInt(this.unitList.size()));
			if (u.status != UnitStatus.ACTIVE) {
				continue;
			}
			String[] b = bases[this.random.nextInt(bases.length)];
			Long agreement = this.agreementsByUnit.getOrDefault(u.id, List.of())
				.stream()
				.filter((a) -> a.status == AgreementStatus.ACTIVE)
				.map((a) -> a.id)
				.findFirst()
				.orElse(null);
			position(b[0], u.shortName + b[1], null, 20 + 10 * this.random.nextInt(6), null, u.id, agreement, "09:00",
					"16:30", 5);
		}
	}

	// ================================================================ activities

	private static final String[][] TITLES = {
			{ "PARTY_LECTURE", "“学习贯彻党的创新理论”专题党课", "主题党日：重温入党誓词", "红色寻访现场教学", "党员冬训专题辅导" },
			{ "VOLUNTEER", "“双报到”党员志愿服务", "垃圾分类志愿值守", "楼道清洁便民服务", "防汛防台志愿巡查" },
			{ "CULTURE", "邻里文化节文艺演出", "社区读书分享会", "书法摄影作品展", "“我们的节日”主题活动" },
			{ "SPORTS", "社区健步走", "居民趣味运动会", "太极拳教学", "乒乓球友谊赛" },
			{ "CARE", "走访慰问独居老人", "困难家庭帮扶慰问", "为老助餐送餐服务", "高温慰问一线职工" },
			{ "SCIENCE", "青少年科普课堂", "科普大篷车进社区", "防灾减灾科普宣传", "智能手机使用培训" },
			{ "HEALTH", "慢性病防治健康讲座", "“健康进社区”义诊", "老年人防跌倒讲座", "心理健康咨询" },
			{ "CONSULTATION", "小区停车难议题共商会", "加装电梯协调会", "老旧小区改造议事会", "社区治理联席会议" },
			{ "JOINT_STUDY", "区域化党建联组学习", "党建联建工作例会", "“四史”联组学习", "共建单位经验交流会" },
			{ "OTHER", "反诈宣传进社区", "法律咨询进社区", "就业政策宣讲会", "社区安全隐患排查" } };

	private static final String[] SUMMARIES = { "活动按计划开展，居民参与积极，反响良好。", "共建单位党员全程参与，现场秩序良好。", "活动结束后收集居民意见建议，已转相关部门跟进。",
			"结合居民需求开展，后续将形成常态化服务。" };

	private static final LocalTime[][] SLOTS = { { LocalTime.of(9, 0), LocalTime.of(11, 0) },
			{ LocalTime.of(9, 30), LocalTime.of(11, 30) }, { LocalTime.of(14, 0), LocalTime.of(16, 0) },
			{ LocalTime.of(14, 0), LocalTime.of(16, 30) }, { LocalTime.of(13, 30), LocalTime.of(15, 0) },
			{ LocalTime.of(18, 30), LocalTime.of(20, 0) } };

	private long activityId;

	private long bookingId;

	private final Map<Integer, List<Unit>> unitsByArea = new HashMap<>();

	private void buildActivities() {
		for (Unit u : this.unitList) {
			this.unitsByArea.computeIfAbsent(u.area, (k) -> new ArrayList<>()).add(u);
		}
		int total = this.size.activities();
		// festival activities, one per template and year (unique festival tag and year)
		for (int year = this.firstYear; year <= this.today.getYear(); year++) {
			for (DatasetGenerator.FestivalRow f : this.festivals) {
				LocalDate date = festivalDate(f, year);
				long organiser = f.organiserOrgId() != null ? f.organiserOrgId() : this.coreId;
				activity(f.name(), f.activityType(), f.code(), date.atTime(9, 0), date.atTime(11, 0), organiser, null,
						f.publicFlag(), -1);
			}
		}
		// project activities
		for (Proj p : this.projectList) {
			int n = 2 + this.random.nextInt(5);
			long span = Math.max(1, ChronoUnit.DAYS.between(p.start, p.end));
			for (int k = 0; k < n; k++) {
				LocalDate day = p.start.plusDays(this.random.nextLong(span));
				if (day.getYear() > this.today.getYear()) {
					continue;
				}
				LocalTime[] slot = SLOTS[this.random.nextInt(SLOTS.length - 1)];
				activity(p.name.replaceAll("（.*）", "") + "活动", "VOLUNTEER", null, day.atTime(slot[0]),
						day.atTime(slot[1]), p.leadOrg, p.id, this.random.nextBoolean(), -1);
			}
		}
		// the rest: spread over the ten years, a little more in later years, up to the
		// end of the current year
		LocalDate first = LocalDate.of(this.firstYear, 1, 1);
		int days = (int) ChronoUnit.DAYS.between(first, LocalDate.of(this.today.getYear(), 12, 31)) + 1;
		while (this.activityId < total) {
			// density rising linearly over the years (inverse of a quadratic
			// distribution)
			double low = Math.sqrt(0.4);
			int d = Math.min(days - 1,
					(int) (days * (Math.sqrt(0.4 + 0.6 * this.random.nextDouble()) - low) / (1 - low)));
			LocalDate day = first.plusDays(d);
			if (day.getDayOfWeek() == DayOfWeek.SUNDAY && this.random.nextInt(3) != 0) {
				// fewer on Sundays: most move to the week around, within the ten years
				LocalDate moved = day.minusDays(1 + this.random.nextInt(5));
				day = moved.isBefore(first) ? day.plusDays(1) : moved;
			}
			LocalTime[] slot = SLOTS[this.random.nextInt(SLOTS.length)];
			String[] titles = TITLES[this.random.nextInt(TITLES.length)];
			int organiserPick = this.random.nextInt(100);
			int area = this.random.nextInt(this.areas.size());
			long organiser = organiserPick < 70 ? this.areas.get(area).orgId()
					: organiserPick < 85 ? this.coreId
							: organiserPick < 90 ? this.committees.get(this.random.nextInt(this.committees.size()))
									: this.groupOrgs.get(this.random.nextInt(this.groupOrgs.size()));
			String title = titles[1 + this.random.nextInt(titles.length - 1)];
			if (organiserPick < 70) {
				title = this.areas.get(area).name() + title;
			}
			activity(title, titles[0], null, day.atTime(slot[0]), day.atTime(slot[1]), organiser, null,
					this.random.nextInt(10) < 4, organiserPick < 70 ? area : -1);
		}
	}

	private LocalDate festivalDate(DatasetGenerator.FestivalRow f, int year) {
		int day = f.day() == null ? 1 : f.day();
		return switch (f.dateRule()) {
			case "LUNAR" -> {
				LocalDate date = lunar(year, f.month(), day);
				yield date.getYear() > year ? lunar(year - 1, f.month(), day) : date;
			}
			case "MONTH" -> LocalDate.of(year, f.month(), 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.SATURDAY));
			default -> LocalDate.of(year, f.month(), day);
		};
	}

	private static LocalDate lunar(int year, int month, int day) {
		Solar solar;
		try {
			solar = Lunar.fromYmd(year, month, day).getSolar();
		}
		catch (IllegalArgumentException ex) {
			solar = Lunar.fromYmd(year, month, 29).getSolar();
		}
		return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
	}

	/**
	 * One activity with its partners, and once held its hours per partner unit and named
	 * volunteers (partners' people or residents), perhaps counting towards a commitment
	 * of an agreement in force (an automatic fulfilment, as the activity service records
	 * it), perhaps at a position with a booking that overlaps no other.
	 */
	private void activity(String title, String type, @Nullable String festivalTag, LocalDateTime start,
			LocalDateTime end, long organiser, @Nullable Long projectId, boolean publicFlag, int area) {
		long id = ++this.activityId;
		LocalDate day = start.toLocalDate();
		boolean past = day.isBefore(this.today);
		long age = ChronoUnit.DAYS.between(day, this.today);
		String status = "PLANNED";
		if (past) {
			int r = this.random.nextInt(100);
			status = age > 60 ? (r < 95 ? "HELD" : "CANCELLED") : (r < 60 ? "HELD" : r < 95 ? "PLANNED" : "CANCELLED");
		}
		List<Long> partners = new ArrayList<>();
		int wanted = this.random.nextInt(10) == 0 ? 0 : 1 + this.random.nextInt(4);
		List<Unit> pool = area >= 0 && this.random.nextInt(4) != 0 ? this.unitsByArea.getOrDefault(area, this.unitList)
				: this.unitList;
		for (int k = 0; k < wanted * 2 && partners.size() < wanted; k++) {
			Unit u = pool.get(this.random.nextInt(pool.size()));
			if (u.activeOn(day) && !partners.contains(u.id)) {
				partners.add(u.id);
			}
		}
		// a position, if one is open then and free
		Long positionId = null;
		String venue = null;
		if (this.random.nextInt(10) < 4) {
			Pos p = this.positionList
				.get(area >= 0 && this.random.nextBoolean() ? 4 + area : this.random.nextInt(this.positionList.size()));
			long from = start.toEpochSecond(java.time.ZoneOffset.ofHours(8)) / 60;
			long to = end.toEpochSecond(java.time.ZoneOffset.ofHours(8)) / 60;
			if (p.fits(start, end) && p.free(from, to)) {
				positionId = p.id;
				if (this.random.nextInt(10) < 8) {
					int who = this.random.nextInt(this.bookers.size());
					boolean cancelled = status.equals("CANCELLED");
					LocalDate booked = day.minusDays(3 + this.random.nextInt(20));
					if (booked.isAfter(this.today)) {
						booked = this.today;
					}
					this.bookings.row(++this.bookingId, p.id, start + ":00+08", end + ":00+08", title, id,
							cancelled ? "CANCELLED" : "BOOKED", this.bookers.get(who)[0], this.bookerNames.get(who),
							at(booked, 10),
							cancelled ? at(day.minusDays(1).isAfter(this.today) ? this.today : day.minusDays(1), 15)
									: null);
					if (!cancelled) {
						p.booked.put(from, to);
					}
				}
			}
		}
		if (positionId == null && this.random.nextBoolean()) {
			venue = area >= 0 ? this.areas.get(area).name() + "居民区活动室" : "曲阳街道社区文化活动中心多功能厅";
		}
		boolean held = status.equals("HELD");
		Integer served = held ? 10 + this.random.nextInt(290) : null;
		String summary = held ? SUMMARIES[this.random.nextInt(SUMMARIES.length)] : null;
		LocalDate created = day.minusDays(5 + this.random.nextInt(30));
		if (created.isAfter(this.today)) {
			created = this.today;
		}
		this.activities.row(id, title, type, festivalTag, festivalTag == null ? null : start.getYear(), start, end,
				positionId, venue, organiser, projectId, status, publicFlag, served, summary, STAFF, at(created, 9),
				at(held ? day : created, 18));
		for (Long unit : partners) {
			this.activityPartners.row(id, unit);
		}
		// commitments this activity counts towards: one of an agreement of a partner in
		// force on the day (planned ones only while the agreement is in force today)
		Com counted = null;
		Agr countedAgreement = null;
		if (!partners.isEmpty() && !status.equals("CANCELLED") && this.random.nextInt(100) < 8) {
			for (Agr a : this.agreementsByUnit.getOrDefault(partners.get(0), List.of())) {
				boolean inForce = held ? a.inForceOn(day)
						: a.status == AgreementStatus.ACTIVE && a.inForceOn(this.today);
				if (inForce) {
					Com c = a.commitments.get(this.random.nextInt(a.commitments.size()));
					if (!c.red) {
						counted = c;
						countedAgreement = a;
					}
					break;
				}
			}
		}
		if (counted != null) {
			this.activityCommitments.row(id, counted.id);
		}
		if (!held) {
			return;
		}
		double hoursEach = Math.max(1.0, Math.round(ChronoUnit.MINUTES.between(start, end) / 30.0) / 2.0);
		double avgNamed = Math.max(0.0,
				(double) this.size.participation() / (this.size.activities() * 0.9) - 2.5 * 0.9);
		int named = this.random.nextInt((int) Math.round(avgNamed * 2) + 1);
		Map<Long, int[]> perUnit = new HashMap<>();
		Map<Long, BigDecimal> hoursPerUnit = new HashMap<>();
		for (int k = 0; k < named; k++) {
			Long unit = partners.isEmpty() || this.random.nextInt(5) == 0 ? null
					: partners.get(this.random.nextInt(partners.size()));
			BigDecimal hours = BigDecimal.valueOf(hoursEach);
			this.volunteers.row(id, k, this.names.person(), unit, hours);
			if (unit != null) {
				perUnit.computeIfAbsent(unit, (x) -> new int[1])[0]++;
				hoursPerUnit.merge(unit, hours, BigDecimal::add);
			}
		}
		BigDecimal total = BigDecimal.ZERO;
		for (Long unit : partners) {
			int extra = this.random.nextInt(6);
			int people = perUnit.getOrDefault(unit, new int[1])[0] + extra;
			BigDecimal hours = hoursPerUnit.getOrDefault(unit, BigDecimal.ZERO)
				.add(BigDecimal.valueOf(hoursEach * extra));
			this.unitHours.row(id, unit, people, hours);
			total = total.add(hours);
			this.heldByUnit.computeIfAbsent(unit, (k) -> new ArrayList<>())
				.add(new Held(id, day, title, hours, Objects.requireNonNull(served)));
		}
		this.heldAll.add(new Held(id, day, title, total, Objects.requireNonNull(served)));
		if (counted != null && countedAgreement != null) {
			String unit = counted.promise.unit();
			boolean hourTarget = unit != null && unit.contains("时");
			this.fulfilments.row(++this.fulfilmentId, counted.id, countedAgreement.id, day, title,
					hourTarget ? total : BigDecimal.ONE, id, true, STAFF, at(day, 18));
		}
	}

	// ================================================================ helpers

	private String phone021() {
		return "021-6" + (5000000 + this.random.nextInt(4999999));
	}

	private static String at(LocalDate day, int hour) {
		return day + " " + (hour < 10 ? "0" : "") + hour + ":00:00+08";
	}

}
