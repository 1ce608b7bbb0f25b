package org.lianjian.project;

/** Where a service project stands: 筹备, 实施中, 已完成, 已暂停. */
public enum ProjectStatus {

	PREPARING, ACTIVE, COMPLETED, SUSPENDED;

	public String messageKey() {
		return "project.status." + name();
	}

}
