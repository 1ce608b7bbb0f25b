package org.lianjian.activity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;

/**
 * One recorded change to an activity: a field of the activity itself, or the hours of one
 * partner unit ({@code unitId}). Append only.
 */
@Entity
@Table(name = "activity_change")
@Getter
class ActivityChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(nullable = false, updatable = false)
	private Long activityId = 0L;

	@Column(nullable = false, updatable = false)
	private Instant changedAt = Instant.EPOCH;

	@Column(updatable = false)
	private @Nullable String changedBy;

	@Column(nullable = false, updatable = false)
	private String field = "";

	@Column(updatable = false)
	private @Nullable Long unitId;

	@Column(updatable = false)
	private @Nullable String oldValue;

	@Column(updatable = false)
	private @Nullable String newValue;

	protected ActivityChange() {
	}

	ActivityChange(Long activityId, Instant changedAt, @Nullable String changedBy, String field, @Nullable Long unitId,
			@Nullable String oldValue, @Nullable String newValue) {
		this.activityId = activityId;
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.field = field;
		this.unitId = unitId;
		this.oldValue = cut(oldValue);
		this.newValue = cut(newValue);
	}

	private static @Nullable String cut(@Nullable String s) {
		return (s == null || s.length() <= 1000) ? s : s.substring(0, 1000);
	}

}
