package org.lianjian.unit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the unit list.
 */
public record UnitSummary(Long id, String name, @Nullable String shortName, @Nullable String creditCode,
		UnitCategory category, AdminRank adminRank, @Nullable Long areaId, @Nullable String areaName, UnitStatus status,
		int headcount, @Nullable String primaryLiaison, boolean coordinationMember, Instant updatedAt) {

	public boolean vacant() {
		return this.primaryLiaison == null;
	}

}
