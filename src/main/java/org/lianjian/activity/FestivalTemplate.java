package org.lianjian.activity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;

/**
 * One row of the festival calendar: a festival, how its date is found each year, and the
 * defaults of the planned activity generated from it. The code is the activity's festival
 * tag and never changes.
 */
@Entity
@Table(name = "festival_template")
@Getter
@Setter
class FestivalTemplate extends BaseEntity {

	@Column(nullable = false, updatable = false)
	private String code = "";

	@Column(nullable = false)
	private String name = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private FestivalDateRule dateRule = FestivalDateRule.FIXED;

	@Column(nullable = false)
	private int month = 1;

	private @Nullable Integer day;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityType activityType = ActivityType.OTHER;

	private @Nullable Long organiserOrgId;

	private boolean publicFlag = true;

	private boolean active = true;

	private int sortOrder;

	LocalDate dateIn(int year) {
		return FestivalDates.dateIn(this.dateRule, year, this.month, this.day);
	}

}
