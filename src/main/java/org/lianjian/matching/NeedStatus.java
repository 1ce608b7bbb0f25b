package org.lianjian.matching;

import java.util.Set;

/**
 * A need's status: 待对接 → 已对接 → 服务中 → 已满足, or 未满足关闭 with a reason.
 */
public enum NeedStatus implements HistoryLine.Status {

	OPEN, MATCHED, IN_SERVICE, MET, CLOSED_UNMET;

	/** The statuses of a need that still waits for service. */
	public static final Set<NeedStatus> OPEN_STATUSES = Set.of(OPEN, MATCHED, IN_SERVICE);

	public boolean isOpen() {
		return OPEN_STATUSES.contains(this);
	}

	@Override
	public String messageKey() {
		return "matching.need.status." + name();
	}

}
