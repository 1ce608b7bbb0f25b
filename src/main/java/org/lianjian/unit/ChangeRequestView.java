package org.lianjian.unit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A change request as shown in the staff queue and on the liaison's dashboard.
 */
public record ChangeRequestView(Long id, long version, Long unitId, @Nullable String unitName, ProtectedField field,
		@Nullable String currentValue, String proposedValue, @Nullable String comment, ChangeRequestStatus status,
		String requestedBy, Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
		@Nullable String decisionReason) {

	public boolean pending() {
		return this.status == ChangeRequestStatus.PENDING;
	}

	/** Message key of the current value's label, for category and rank; else null. */
	public @Nullable String currentKey() {
		return labelKey(this.field, this.currentValue);
	}

	/** Message key of the proposed value's label, for category and rank; else null. */
	public @Nullable String proposedKey() {
		return labelKey(this.field, this.proposedValue);
	}

	static @Nullable String labelKey(ProtectedField field, @Nullable String value) {
		if (value == null) {
			return null;
		}
		try {
			return switch (field) {
				case CATEGORY -> UnitCategory.valueOf(value).messageKey();
				case ADMIN_RANK -> AdminRank.valueOf(value).messageKey();
				default -> null;
			};
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	static ChangeRequestView of(UnitChangeRequest r, @Nullable String unitName) {
		return new ChangeRequestView(r.getId(), r.getVersion(), r.getUnitId(), unitName, r.getField(),
				r.getCurrentValue(), r.getProposedValue(), r.getComment(), r.getStatus(), r.getRequestedBy(),
				r.getRequestedAt(), r.getDecidedBy(), r.getDecidedAt(), r.getDecisionReason());
	}

}
