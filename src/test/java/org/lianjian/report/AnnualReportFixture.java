package org.lianjian.report;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The small hand-built dataset of {@link AnnualReportIntegrationTests}, inserted with
 * plain SQL: two residential areas, a co-governance committee and the coordination
 * committee with dated memberships, seven units (one moved out in 2023, one arrived in
 * June 2024, one whose liaison left on 31 December 2024), agreements, commitments and
 * fulfilment, activities, projects, positions and an evaluation round, with the ids the
 * tests refer to.
 */
class AnnualReportFixture {

	private final JdbcTemplate db;

	long core, n1, areaA, areaB, committee, retired, coordination;

	long u1, u2, u3, u4, u5, u6, u7;

	long g1, g2, g3, g4, g5, g6;

	long c1, c2, c3, c4, c5, c6;

	AnnualReportFixture(JdbcTemplate db) {
		this.db = db;
	}

	/** Inserts the dataset. */
	void build() {
		structureAndUnits();
		accounts();
		agreements();
		activitiesProjectsAndPositions();
		evaluation();
	}

	/** The structure, the units, their liaisons and the coordination roster. */
	private void structureAndUnits() {
		this.core = org("WORKING_COMMITTEE", "CORE", "核心", null, null);
		this.n1 = org("NETWORK", "NETWORK_RESIDENTIAL", "居民区网络", this.core, null);
		this.areaA = org("RESIDENTIAL_PARTY_ORG", null, "甲居民区党委", this.n1, null);
		this.areaB = org("RESIDENTIAL_PARTY_ORG", null, "乙居民区党委", this.n1, null);
		this.committee = org("CO_GOVERNANCE_COMMITTEE", null, "综合治理委员会", this.core, null);
		this.retired = org("OTHER", null, "已撤销组织", this.core, "2024-06-01");
		membership(this.areaA, this.n1, "2020-01-01", null);
		membership(this.areaB, this.n1, "2024-03-01", null);
		membership(this.areaA, this.committee, "2022-01-01", "2024-05-31");
		membership(this.areaB, this.committee, "2023-01-01", null);
		this.coordination = org("COORDINATION_COMMITTEE", "NETWORK_COORDINATION", "党建协调委员会", this.core, null);

		this.u1 = unit("单位一", this.areaA, "BUREAU", "STATE_OWNED", "ACTIVE", null, "2015-01-01");
		this.u2 = unit("单位二", this.areaA, "NONE", "NON_PUBLIC", "ACTIVE", null, "2015-01-01");
		this.u3 = unit("单位三", this.areaB, "MINISTERIAL", "PARTY_GOVERNMENT", "ACTIVE", null, "2015-01-01");
		this.u4 = unit("单位四", this.areaB, "NONE", "OTHER", "MOVED_OUT", "2023-06-01", "2015-01-01");
		this.u5 = unit("单位五", this.areaA, "BUREAU", "PUBLIC_INSTITUTION", "ACTIVE", null, "2015-01-01");
		// arrived in the middle of the year under test: counted in 2024, not in 2023
		this.u6 = unit("单位六", this.areaB, "NONE", "STATE_OWNED", "ACTIVE", null, "2024-06-15");
		// its liaison left on 31 December: no primary liaison in office at the end of
		// 2024
		this.u7 = unit("单位七", this.areaB, "NONE", "STATE_OWNED", "ACTIVE", null, "2015-01-01");
		liaison(this.u1, "张一", "2020-01-01", null);
		liaison(this.u2, "李二", "2021-01-01", "2024-03-31");
		liaison(this.u5, "王五", "2025-01-01", null);
		liaison(this.u6, "赵六", "2024-06-15", null);
		liaison(this.u7, "孙七", "2020-01-01", "2024-12-31");
		// the coordination committee's roster: unit one's party organisation since 2020,
		// unit three's from 2021 until the end of June 2024 (a membership ended mid-year)
		membership(partyOrg(this.u1), this.coordination, "2020-01-01", null);
		membership(partyOrg(this.u3), this.coordination, "2021-01-01", "2024-06-30");
	}

	/** Agreements, commitments and fulfilment. */
	private void agreements() {
		this.g1 = agreement("G1", "ACTIVE", this.areaA, "2023-01-01", "2025-12-31", "2022-12-20", null, null, this.u1,
				this.u2);
		this.g2 = agreement("G2", "EXPIRED", this.areaB, "2022-01-01", "2024-06-30", "2022-01-01", null, null, this.u3);
		this.g3 = agreement("G3", "TERMINATED", this.areaA, "2024-01-01", "2026-12-31", "2024-01-01", "2024-09-01",
				null, this.u5);
		this.g4 = agreement("G4", "ACTIVE", this.areaB, "2024-07-01", "2027-06-30", "2024-06-15", null, this.g2,
				this.u3);
		this.g5 = agreement("G5", "DRAFT", this.areaA, "2024-01-01", "2024-12-31", null, null, null, this.u1);
		this.g6 = agreement("G6", "EXPIRED", this.areaA, "2019-01-01", "2023-12-31", "2019-01-01", null, null, this.u2);
		this.c1 = commitment(this.g1, "开展教育讲座", this.u1, "EDUCATION", "10");
		this.c2 = commitment(this.g1, "健康义诊", this.u2, "HEALTH", null);
		this.c3 = commitment(this.g2, "文化演出", this.u3, "CULTURE", "4");
		this.c4 = commitment(this.g3, "为老服务", this.u5, "ELDERLY", "2");
		this.c5 = commitment(this.g4, "文艺交流", this.u3, "CULTURE", "2");
		this.c6 = commitment(this.g6, "其他合作", this.u2, "OTHER", "1");
		commitment(this.g5, "草稿承诺", this.u1, "EDUCATION", "5");
		fulfil(this.c1, this.g1, "2024-03-01", "6");
		fulfil(this.c1, this.g1, "2023-05-01", "10");
		fulfil(this.c2, this.g1, "2023-02-01", "1");
		fulfil(this.c3, this.g2, "2023-08-01", "4");
		fulfil(this.c4, this.g3, "2024-02-01", "1");
		fulfil(this.c6, this.g6, "2023-04-01", "0.2");
	}

	/** Activities, projects and positions with their bookings. */
	private void activitiesProjectsAndPositions() {
		long a1 = activity("学雷锋", "VOLUNTEER", "HELD", "2024-03-05 09:00", this.areaA, "lei-feng-day", 30);
		long a2 = activity("艺术节", "CULTURE", "HELD", "2024-10-05 14:00", this.areaB, null, 50);
		long a3 = activity("计划中", "VOLUNTEER", "PLANNED", "2024-12-01 09:00", this.areaA, null, null);
		long a4 = activity("元旦慰问", "CARE", "HELD", "2023-01-10 09:00", this.areaA, "new-year", 20);
		long a5 = activity("七一党课", "PARTY_LECTURE", "HELD", "2024-07-01 09:00", this.core, null, null);
		long a6 = activity("取消", "SPORTS", "CANCELLED", "2024-08-01 09:00", this.areaA, null, 99);
		partner(a1, this.u1, "10", 5);
		partner(a2, this.u5, "4", 2);
		partner(a3, this.u3, "8", 8);
		partner(a4, this.u3, "3", 1);
		partner(a5, this.u2, "2", 1);
		partner(a6, this.u3, "7", 7);

		Long brandCivility = this.db.queryForObject("select id from project_brand where name = '文明共建'", Long.class);
		Long brandHealth = this.db.queryForObject("select id from project_brand where name = '健康教育'", Long.class);
		Long brandScience = this.db.queryForObject("select id from project_brand where name = '科普活动'", Long.class);
		long p1 = project("项目一", brandCivility, this.areaA, "2024-01-01", "2024-12-31", "ACTIVE");
		long p2 = project("项目二", brandHealth, this.areaB, "2023-03-01", "2023-12-31", "COMPLETED");
		long p3 = project("项目三", brandScience, this.core, "2022-01-01", "2025-12-31", "ACTIVE");
		contribution(p1, this.u1, "MONEY", "1000");
		contribution(p1, this.u2, "VOLUNTEER_HOURS", "20");
		contribution(p2, this.u3, "MONEY", "500");
		contribution(p3, this.u5, "IN_KIND", "3");

		long pos1 = position("POSITION", "CULTURE_CENTRE", "文化中心", this.areaA, null);
		long pos2 = position("BASE", "SCIENCE_BASE", "科普基地", null, this.u3);
		booking(pos1, "2024-05-01 09:00", "2024-05-01 11:00", "BOOKED");
		booking(pos1, "2024-05-02 09:00", "2024-05-02 10:30", "CANCELLED");
		booking(pos2, "2023-05-01 14:00", "2023-05-01 17:00", "BOOKED");
		booking(pos2, "2024-11-01 10:00", "2024-11-01 11:00", "BOOKED");
	}

	/** A closed round of 2024 (two titles for unit one) and an open round of 2023. */
	private void evaluation() {
		long round = this.db.queryForObject(
				"insert into evaluation_round (year, title, status) values (2024, '2024 评议', 'CLOSED') returning id",
				Long.class);
		this.db.update("insert into evaluation_round (year, title, status) values (2023, '2023 评议', 'OPEN')");
		long k1 = this.db.queryForObject("insert into evaluation_criterion (round_id, code, name, weight) "
				+ "values (?, 'k1', '履约', 60) returning id", Long.class, round);
		long k2 = this.db.queryForObject("insert into evaluation_criterion (round_id, code, name, weight) "
				+ "values (?, 'k2', '满意度', 40) returning id", Long.class, round);
		sheet(round, this.u1, this.areaA, k1, "80", k2, "90");
		sheet(round, this.u3, this.areaB, k1, "70", k2, "50");
		this.db.update(
				"insert into evaluation_recognition (round_id, unit_id, title, category, category_rank, total, "
						+ "confirmed_by) values (?, ?, 'ADVANCED_UNIT', 'STATE_OWNED', 1, 84, 'staff')",
				round, this.u1);
		this.db.update(
				"insert into evaluation_recognition (round_id, unit_id, title, category, category_rank, total, "
						+ "confirmed_by) values (?, ?, 'ADVANCED_PARTY_ORG', 'STATE_OWNED', 1, 84, 'staff')",
				round, this.u1);
	}

	private long org(String type, String role, String name, Long parent, String retiredOn) {
		return this.db.queryForObject(
				"insert into organisation (type, structure_role, name, parent_id, status, retired_on) "
						+ "values (?, ?, ?, ?, ?, cast(? as date)) returning id",
				Long.class, type, role, name, parent, retiredOn == null ? "ACTIVE" : "RETIRED", retiredOn);
	}

	private void membership(long member, long group, String from, String to) {
		this.db.update("insert into membership (organisation_id, group_id, role, valid_from, valid_to) "
				+ "values (?, ?, 'MEMBER', cast(? as date), cast(? as date))", member, group, from, to);
	}

	private long unit(String name, long area, String rank, String category, String status, String statusDate,
			String effectiveFrom) {
		return this.db.queryForObject("""
				insert into resident_unit (name, residential_area_id, admin_rank, category, status, status_date,
				  effective_from)
				values (?, ?, ?, ?, ?, cast(? as date), cast(? as date)) returning id""", Long.class, name, area, rank,
				category, status, statusDate, effectiveFrom);
	}

	/** Gives a unit a party organisation node (under the coordination committee). */
	private long partyOrg(long unit) {
		long org = org("UNIT_PARTY_ORG", null, "党组织" + unit, this.coordination, null);
		this.db.update("update resident_unit set party_org_id = ?, party_org_kind = 'BRANCH' where id = ?", org, unit);
		return org;
	}

	private void liaison(long unit, String name, String start, String end) {
		this.db.update("insert into liaison (unit_id, person_name, is_primary, start_date, end_date) "
				+ "values (?, ?, true, cast(? as date), cast(? as date))", unit, name, start, end);
	}

	private void accounts() {
		this.db.update("update user_account set must_change_password = false where username = 'admin'");
		String sql = "insert into user_account (username, display_name, password_hash, role, scope_organisation_id, "
				+ "scope_unit_id) values (?, ?, '{noop}unused', ?, ?, ?)";
		this.db.update(sql, "staff", "staff", "STAFF", null, null);
		this.db.update(sql, "secretary", "secretary", "SECRETARY", this.areaA, null);
		this.db.update(sql, "liaison", "liaison", "LIAISON", null, this.u3);
	}

	private long agreement(String number, String status, long org, String start, String end, String signed,
			String terminated, Long renewedFrom, long... parties) {
		long id = this.db.queryForObject("""
				insert into agreement (number, title, level, community_org_id, renewed_from_id, status, term_start,
				  term_end, signed_on, terminated_on)
				values (?, ?, 'BRANCH', ?, ?, ?, cast(? as date), cast(? as date), cast(? as date), cast(? as date))
				returning id""", Long.class, number, number + " 协议", org, renewedFrom, status, start, end, signed,
				terminated);
		for (long unit : parties) {
			this.db.update("insert into agreement_party (agreement_id, unit_id) values (?, ?)", id, unit);
		}
		return id;
	}

	private long commitment(long agreement, String description, long unit, String area, String target) {
		return this.db.queryForObject("""
				insert into commitment (agreement_id, description, responsible_unit_id, area, target_quantity)
				values (?, ?, ?, ?, cast(? as numeric)) returning id""", Long.class, agreement, description, unit, area,
				target);
	}

	private void fulfil(long commitment, long agreement, String day, String quantity) {
		this.db.update(
				"insert into fulfilment (commitment_id, agreement_id, happened_on, description, quantity) "
						+ "values (?, ?, cast(? as date), '记录', cast(? as numeric))",
				commitment, agreement, day, quantity);
	}

	private long activity(String title, String type, String status, String start, long organiser, String festival,
			Integer served) {
		return this.db.queryForObject("""
				insert into activity (title, type, status, start_at, end_at, organiser_org_id, festival_tag,
				  festival_year, residents_served)
				values (?, ?, ?, cast(? as timestamp), cast(? as timestamp) + interval '2 hours', ?, ?, ?, ?)
				returning id""", Long.class, title, type, status, start, start, organiser, festival,
				festival == null ? null : Integer.valueOf(start.substring(0, 4)), served);
	}

	private void partner(long activity, long unit, String hours, int volunteers) {
		this.db.update("insert into activity_partner (activity_id, unit_id) values (?, ?)", activity, unit);
		this.db.update("insert into activity_unit_hours (activity_id, unit_id, volunteers, hours) "
				+ "values (?, ?, ?, cast(? as numeric))", activity, unit, volunteers, hours);
	}

	private long project(String name, long brand, long lead, String start, String end, String status) {
		return this.db.queryForObject("""
				insert into service_project (name, brand_id, lead_org_id, start_date, end_date, status)
				values (?, ?, ?, cast(? as date), cast(? as date), ?) returning id""", Long.class, name, brand, lead,
				start, end, status);
	}

	private void contribution(long project, long unit, String kind, String amount) {
		this.db.update("insert into project_partner (project_id, unit_id, contribution_kind, amount) "
				+ "values (?, ?, ?, cast(? as numeric))", project, unit, kind, amount);
	}

	private long position(String kind, String category, String name, Long org, Long unit) {
		return this.db.queryForObject("""
				insert into position (kind, category, name, owner_organisation_id, owner_unit_id)
				values (?, ?, ?, ?, ?) returning id""", Long.class, kind, category, name, org, unit);
	}

	private void booking(long position, String start, String end, String status) {
		Long admin = this.db.queryForObject("select id from user_account where username = 'admin'", Long.class);
		this.db.update("""
				insert into booking (position_id, starts_at, ends_at, purpose, status, booked_by, booked_by_name)
				values (?, cast(? as timestamp) at time zone 'Asia/Shanghai',
				  cast(? as timestamp) at time zone 'Asia/Shanghai', '活动', ?, ?, 'admin')""", position, start, end,
				status, admin);
	}

	private void sheet(long round, long unit, long evaluator, long k1, String s1, long k2, String s2) {
		long sheet = this.db.queryForObject(
				"insert into evaluation_sheet (round_id, unit_id, evaluator_org_id) values (?, ?, ?) returning id",
				Long.class, round, unit, evaluator);
		this.db.update("insert into evaluation_score (sheet_id, criterion_id, score) values (?, ?, cast(? as numeric))",
				sheet, k1, s1);
		this.db.update("insert into evaluation_score (sheet_id, criterion_id, score) values (?, ?, cast(? as numeric))",
				sheet, k2, s2);
	}

}
