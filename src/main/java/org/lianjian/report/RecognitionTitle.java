package org.lianjian.report;

/**
 * The two recognitions staff confirm from the suggested list.
 */
public enum RecognitionTitle {

	/** 先进单位. */
	ADVANCED_UNIT,
	/** 先进党组织. */
	ADVANCED_PARTY_ORG;

	public String messageKey() {
		return "evaluation.recognition." + name();
	}

}
