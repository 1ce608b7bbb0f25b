package org.lianjian.activity;

/**
 * What a position or base is; the category decides the kind.
 */
public enum PositionCategory {

	/** 党员服务中心 */
	PARTY_SERVICE_CENTRE(PositionKind.POSITION),
	/** 文化活动中心 */
	CULTURE_CENTRE(PositionKind.POSITION),
	/** 卫生服务中心 */
	HEALTH_CENTRE(PositionKind.POSITION),
	/** 社区学校 */
	COMMUNITY_SCHOOL(PositionKind.POSITION),
	/** 居民活动室 */
	RESIDENT_ROOM(PositionKind.POSITION),
	/** 科普教育基地 */
	SCIENCE_BASE(PositionKind.BASE),
	/** 健康教育活动基地 */
	HEALTH_EDUCATION_BASE(PositionKind.BASE),
	/** 为老护工培训轮训基地 */
	ELDERLY_CARE_TRAINING_BASE(PositionKind.BASE),
	/** 促进就业基地 */
	EMPLOYMENT_BASE(PositionKind.BASE);

	private final PositionKind kind;

	PositionCategory(PositionKind kind) {
		this.kind = kind;
	}

	public PositionKind kind() {
		return this.kind;
	}

	public String messageKey() {
		return "position.category." + name();
	}

}
