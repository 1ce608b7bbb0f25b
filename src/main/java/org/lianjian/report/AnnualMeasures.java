package org.lianjian.report;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;

/**
 * Part 3 of a year's report (对策与思考) as staff saved it: one row per year, versioned so
 * that a stale edit is refused.
 */
@Entity
@Table(name = "annual_report_measures")
class AnnualMeasures extends BaseEntity {

	@Column(nullable = false)
	private int year;

	@Column(nullable = false, length = 20000)
	private String text = "";

	private @Nullable String updatedBy;

	@Column(nullable = false)
	private Instant updatedAt = EntityClock.instant();

	protected AnnualMeasures() {
	}

	AnnualMeasures(int year) {
		this.year = year;
	}

	int getYear() {
		return this.year;
	}

	String getText() {
		return this.text;
	}

	@Nullable String getUpdatedBy() {
		return this.updatedBy;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	void edit(String text, String by) {
		this.text = text;
		this.updatedBy = by;
		this.updatedAt = EntityClock.instant();
	}

}
