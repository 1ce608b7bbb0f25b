package org.lianjian.unit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A row of the unit list. {@link UnitListQueries} reads each component from the column of
 * its name (in snake case): a field declared with a list column ({@link UnitField}) is a
 * component of its property's name, shown by the list's loop over the declared columns.
 */
public record UnitSummary(Long id, String name, @Nullable String shortName, @Nullable String creditCode,
		UnitCategory category, AdminRank adminRank, @Nullable Long areaId, @Nullable String areaName, UnitStatus status,
		int headcount, @Nullable String primaryLiaison, boolean coordinationMember, Instant updatedAt) {

	public boolean vacant() {
		return this.primaryLiaison == null;
	}

}
