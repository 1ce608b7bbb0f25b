package org.lianjian.structure;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;

import org.lianjian.shared.time.EntityClock;
import org.springframework.util.Assert;

@Entity
@Table(name = "organisation")
@Getter
@Setter
class Organisation extends BaseEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationType type = OrganisationType.OTHER;

	@Enumerated(EnumType.STRING)
	@Column(name = "structure_role")
	private @Nullable StructureRole structureRole;

	@Column(nullable = false)
	private String name = "";

	private @Nullable String shortName;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "parent_id")
	private @Nullable Organisation parent;

	private @Nullable String secretaryName;

	private @Nullable String contact;

	private int memberCount;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationStatus status = OrganisationStatus.ACTIVE;

	private @Nullable LocalDate retiredOn;

	private int sortOrder;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = EntityClock.instant();

	@Column(nullable = false)
	private Instant updatedAt = EntityClock.instant();

	@PreUpdate
	void touch() {
		this.updatedAt = EntityClock.instant();
	}

	boolean isActive() {
		return this.status == OrganisationStatus.ACTIVE;
	}

	void retire(LocalDate on) {
		Assert.state(isActive(), "already retired");
		this.status = OrganisationStatus.RETIRED;
		this.retiredOn = on;
	}

	void reinstate() {
		this.status = OrganisationStatus.ACTIVE;
		this.retiredOn = null;
	}

	@Nullable Long parentId() {
		return this.parent == null ? null : this.parent.getId();
	}

}
