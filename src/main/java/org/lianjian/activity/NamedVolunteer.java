package org.lianjian.activity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.jspecify.annotations.Nullable;

/**
 * A volunteer named on a held activity (name, unit and hours; never an ID number).
 */
@Embeddable
@Getter
@Setter
@NoArgsConstructor
class NamedVolunteer {

	@Column(nullable = false)
	private String name = "";

	@Column(name = "unit_id")
	private @Nullable Long unitId;

	@Column(nullable = false)
	private BigDecimal hours = BigDecimal.ZERO;

	NamedVolunteer(String name, @Nullable Long unitId, BigDecimal hours) {
		this.name = name;
		this.unitId = unitId;
		this.hours = hours;
	}

}
