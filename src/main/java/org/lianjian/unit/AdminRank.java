package org.lianjian.unit;

/**
 * Administrative rank (行政级别), highest first: the standard ladder from 正部级 to 副科级, then 股级
 * and 无级别, labelled as Shanghai labels them (正局级/副局级 for the 厅局级 tier, 正处级/副处级 for 县处级,
 * 正科级/副科级 for 乡科级). The sub-district itself is 正处级; units ranked above it are the hard
 * ones to coordinate.
 * <p>
 * The constants of the four full grades keep the names the tiers had before the deputy
 * grades existed (a unit stored as {@code BUREAU} was 厅局级 and is now 正局级), so stored
 * values, imports by constant name and history rows keep their meaning.
 */
public enum AdminRank {

	/** 正部级. */
	MINISTERIAL,
	/** 副部级. */
	VICE_MINISTERIAL,
	/** 正局级 (正厅级). */
	BUREAU,
	/** 副局级 (副厅级). */
	VICE_BUREAU,
	/** 正处级 (正县级). */
	COUNTY,
	/** 副处级 (副县级). */
	VICE_COUNTY,
	/** 正科级 (正乡级). */
	TOWNSHIP,
	/** 副科级 (副乡级). */
	VICE_TOWNSHIP,
	/** 股级. */
	SECTION_STAFF,
	/** 无级别. */
	NONE;

	/** The sub-district's own rank (正处级). */
	public static final AdminRank SUB_DISTRICT = COUNTY;

	public boolean isAboveSubDistrict() {
		return ordinal() < SUB_DISTRICT.ordinal();
	}

	public String messageKey() {
		return "unit.rank." + name();
	}

	/**
	 * Other spellings a ledger may carry for this rank (the tier names used before the
	 * ladder had deputy grades, and the 厅/县/乡 forms), as a message key whose value is a
	 * comma-separated list.
	 * @return the key
	 */
	public String aliasesKey() {
		return messageKey() + ".aliases";
	}

}
