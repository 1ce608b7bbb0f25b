package org.lianjian.activity;

/**
 * Where an activity stands. Labels are message keys {@code activity.status.<NAME>}.
 */
public enum ActivityStatus {

	/** 计划. */
	PLANNED,
	/** 已举行. */
	HELD,
	/** 已取消. */
	CANCELLED

}
