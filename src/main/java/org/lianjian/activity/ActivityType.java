package org.lianjian.activity;

/**
 * The kind of an activity. Labels are message keys {@code activity.type.<NAME>}.
 */
public enum ActivityType {

	/** 党课. */
	PARTY_LECTURE,
	/** 志愿服务. */
	VOLUNTEER,
	/** 文化活动. */
	CULTURE,
	/** 体育健身. */
	SPORTS,
	/** 帮困慰问. */
	CARE,
	/** 科普. */
	SCIENCE,
	/** 健康讲座. */
	HEALTH,
	/** 议题共商. */
	CONSULTATION,
	/** 联组学习. */
	JOINT_STUDY,
	/** 其他. */
	OTHER

}
