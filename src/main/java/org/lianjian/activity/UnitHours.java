package org.lianjian.activity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * Volunteers and total hours one partner unit gave to a held activity.
 */
@Embeddable
@Getter
@Setter
@NoArgsConstructor
class UnitHours {

	@Column(name = "unit_id", nullable = false)
	private Long unitId = 0L;

	@Column(nullable = false)
	private int volunteers;

	@Column(nullable = false)
	private BigDecimal hours = BigDecimal.ZERO;

	UnitHours(Long unitId, int volunteers, BigDecimal hours) {
		this.unitId = unitId;
		this.volunteers = volunteers;
		this.hours = hours;
	}

}
