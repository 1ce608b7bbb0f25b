package org.lianjian.activity;

import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Opening hours of a position on one weekday (1 = Monday … 7 = Sunday).
 */
@Embeddable
class PositionHours {

	@Column(nullable = false)
	private short weekday;

	@Column(nullable = false)
	private LocalTime opens;

	@Column(nullable = false)
	private LocalTime closes;

	protected PositionHours() {
	}

	PositionHours(int weekday, LocalTime opens, LocalTime closes) {
		this.weekday = (short) weekday;
		this.opens = opens;
		this.closes = closes;
	}

	int getWeekday() {
		return this.weekday;
	}

	LocalTime getOpens() {
		return this.opens;
	}

	LocalTime getCloses() {
		return this.closes;
	}

}
