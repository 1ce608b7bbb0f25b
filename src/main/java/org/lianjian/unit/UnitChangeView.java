package org.lianjian.unit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One entry of a unit's change history.
 */
public record UnitChangeView(Instant changedAt, @Nullable String changedBy, ChangeSource source, String field,
		@Nullable String oldValue, @Nullable String newValue) {

	/** Message key of the changed field's label. */
	public String fieldKey() {
		return "unit." + this.field;
	}

}
