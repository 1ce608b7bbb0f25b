package org.lianjian.unit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.time.EntityClock;

/**
 * One changed field of a unit: who, when, where from, old value and new value. Append
 * only.
 */
@Entity
@Table(name = "unit_change")
@Getter
class UnitChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false)
	private Long unitId = 0L;

	@Column(nullable = false)
	private Instant changedAt = EntityClock.instant();

	private @Nullable String changedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ChangeSource source = ChangeSource.STAFF_EDIT;

	@Column(nullable = false)
	private String field = "";

	private @Nullable String oldValue;

	private @Nullable String newValue;

	protected UnitChange() {
	}

	UnitChange(Long unitId, @Nullable String changedBy, ChangeSource source, String field, @Nullable String oldValue,
			@Nullable String newValue) {
		this.unitId = unitId;
		this.changedBy = changedBy;
		this.source = source;
		this.field = field;
		this.oldValue = cut(oldValue);
		this.newValue = cut(newValue);
	}

	private static @Nullable String cut(@Nullable String s) {
		return (s == null || s.length() <= 500) ? s : s.substring(0, 500);
	}

}
