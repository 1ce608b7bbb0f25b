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

	/**
	 * Message key that displays a stored value of an enumerated or yes/no field.
	 * @param value the stored value
	 * @return the key, or null when the value is shown as stored
	 */
	public @Nullable String valueKey(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String prefix = switch (this.field) {
			case "category" -> "unit.category.";
			case "adminRank" -> "unit.rank.";
			case "subType" -> "unit.subType.";
			case "partyOrgKind" -> "unit.partyOrgKind.";
			case "status" -> "unit.status.";
			case "dualManaged", "coordinationMember" -> "unit.detail.bool.";
			default -> null;
		};
		return (prefix == null) ? null : prefix + value;
	}

}
