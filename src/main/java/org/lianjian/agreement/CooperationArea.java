package org.lianjian.agreement;

/**
 * Areas of cooperation (党建, 教育, 文化, 卫生健康, 科普, 就业, 为老, 环境, 其他).
 */
public enum CooperationArea {

	PARTY_BUILDING, EDUCATION, CULTURE, HEALTH, SCIENCE, EMPLOYMENT, ELDERLY, ENVIRONMENT, OTHER;

	public String messageKey() {
		return "agreement.area." + name();
	}

}
