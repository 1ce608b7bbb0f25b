package org.lianjian.unit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;

@Entity
@Table(name = "resident_unit")
@Getter
@Setter
class ResidentUnit extends BaseEntity {

	@Column(nullable = false)
	private String name = "";

	private @Nullable String shortName;

	/** The residential area (a structure organisation) the unit lies in. */
	private @Nullable Long residentialAreaId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitStatus status = UnitStatus.ACTIVE;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = Instant.now();

	@Column(nullable = false)
	private Instant updatedAt = Instant.now();

	@PreUpdate
	void touch() {
		this.updatedAt = Instant.now();
	}

}
