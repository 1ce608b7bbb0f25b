package org.lianjian.unit;

/**
 * For 事业单位: school, hospital, research institute or other.
 */
public enum InstitutionType {

	SCHOOL, HOSPITAL, RESEARCH, OTHER;

	public String messageKey() {
		return "unit.subType." + name();
	}

}
