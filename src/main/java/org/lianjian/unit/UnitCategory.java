package org.lianjian.unit;

/**
 * The category of a resident unit (党政机关, 事业单位, 国有企业, 非公企业, 社会组织, 其他).
 */
public enum UnitCategory {

	PARTY_GOVERNMENT, PUBLIC_INSTITUTION, STATE_OWNED, NON_PUBLIC, SOCIAL_ORGANISATION, OTHER;

	public String messageKey() {
		return "unit.category." + name();
	}

}
