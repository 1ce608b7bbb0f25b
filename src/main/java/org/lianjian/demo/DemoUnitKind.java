package org.lianjian.demo;

import java.util.Random;

/**
 * What kind of place a demo unit is, read from its name, with a plausible number of staff
 * for that kind: a kindergarten has a few dozen, a district hospital a few thousand. The
 * first kind whose keyword the name contains wins, so the more specific kinds come first.
 */
enum DemoUnitKind {

	KINDERGARTEN(20, 80, "幼儿园"),

	PRIMARY_SCHOOL(50, 150, "小学"),

	SECONDARY_SCHOOL(80, 250, "中学"),

	UNIVERSITY(400, 2500, "大学", "学院"),

	REHABILITATION_HOSPITAL(200, 800, "康复医院"),

	HOSPITAL(800, 3000, "医院"),

	COMMUNITY_HEALTH_CENTRE(80, 250, "社区卫生服务中心"),

	CLINIC(10, 50, "门诊部"),

	RESEARCH_INSTITUTE(150, 1200, "研究所", "研究院", "研发中心"),

	POLICE_STATION(40, 150, "派出所"),

	GOVERNMENT_OFFICE(10, 60, "税务所", "监管所", "检察室"),

	MILITARY_RETIREMENT_HOME(30, 120, "干休所"),

	LIBRARY(8, 30, "图书馆"),

	BRANCH_OFFICE(10, 40, "网点", "支局"),

	PUBLIC_UTILITY(50, 250, "供电", "站区"),

	GROUP_COMPANY(400, 3000, "集团"),

	ASSOCIATION(3, 30, "促进会", "商会", "服务站"),

	SOCIAL_SERVICE(10, 60, "社会工作服务中心", "发展中心", "培训中心"),

	PROFESSIONAL_FIRM(8, 60, "事务所"),

	COMPANY(15, 300, "公司"),

	OTHER(10, 100);

	private final int minStaff;

	private final int maxStaff;

	private final String[] keywords;

	DemoUnitKind(int minStaff, int maxStaff, String... keywords) {
		this.minStaff = minStaff;
		this.maxStaff = maxStaff;
		this.keywords = keywords;
	}

	static DemoUnitKind of(String name) {
		for (DemoUnitKind kind : values()) {
			for (String keyword : kind.keywords) {
				if (name.contains(keyword)) {
					return kind;
				}
			}
		}
		return OTHER;
	}

	/**
	 * A number of staff for a unit of this kind.
	 * @param random the generator's random source (one draw)
	 * @return a headcount between this kind's bounds
	 */
	int headcount(Random random) {
		return this.minStaff + random.nextInt(this.maxStaff - this.minStaff + 1);
	}

	boolean isHealthCare() {
		return this == HOSPITAL || this == REHABILITATION_HOSPITAL || this == COMMUNITY_HEALTH_CENTRE;
	}

	boolean isScienceOrEducation() {
		return this == RESEARCH_INSTITUTE || this == UNIVERSITY;
	}

	boolean isEnterprise() {
		return this == GROUP_COMPANY || this == COMPANY;
	}

}
