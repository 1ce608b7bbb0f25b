package org.lianjian.matching;

/**
 * The direction of two-way service (双向服务): units serve the community (企业服务社区), or the
 * community serves a unit (社区服务企业).
 */
public enum Direction {

	TO_COMMUNITY, TO_UNIT;

	public String messageKey() {
		return "matching.direction." + name();
	}

}
