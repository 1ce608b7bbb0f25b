package org.lianjian.unit;

/**
 * Administrative rank (行政级别), highest first. The sub-district itself is at
 * county/division level (县处级); units ranked above it are the hard ones to coordinate.
 */
public enum AdminRank {

	MINISTERIAL, BUREAU, COUNTY, TOWNSHIP, NONE;

	/** The sub-district's own rank. */
	public static final AdminRank SUB_DISTRICT = COUNTY;

	public boolean isAboveSubDistrict() {
		return ordinal() < SUB_DISTRICT.ordinal();
	}

	public String messageKey() {
		return "unit.rank." + name();
	}

}
