package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import lombok.Getter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;

/**
 * A resource (资源) a unit, or the community (no provider unit, optionally at a position),
 * can give per year. Published, it is an item of the service menu. The capacity used is
 * computed from its orders, never stored.
 */
@Entity
@Table(name = "service_resource")
@Getter
class ServiceResource extends BaseEntity {

	@Column(nullable = false)
	private String title = "";

	private @Nullable String description;

	@Column(nullable = false)
	private Long categoryId = 0L;

	/** The unit that gives it; null for the community's own resources (kept by staff). */
	private @Nullable Long providerUnitId;

	/** The position (阵地) it is given at, if any. */
	private @Nullable Long positionId;

	/** The residential area it is offered in, if it is tied to one. */
	private @Nullable Long areaId;

	private @Nullable String location;

	private @Nullable String conditions;

	@Column(nullable = false)
	private BigDecimal capacityPerYear = BigDecimal.ONE;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Measure measure = Measure.SESSIONS;

	private boolean published;

	private @Nullable String createdBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = EntityClock.instant();

	@Column(nullable = false)
	private Instant updatedAt = EntityClock.instant();

	protected ServiceResource() {
	}

	ServiceResource(@Nullable Long providerUnitId, @Nullable String createdBy) {
		this.providerUnitId = providerUnitId;
		this.createdBy = createdBy;
	}

	/** The fields a form edits (the provider is fixed at creation). */
	record Details(String title, @Nullable String description, Long categoryId, @Nullable Long positionId,
			@Nullable Long areaId, @Nullable String location, @Nullable String conditions, BigDecimal capacityPerYear,
			Measure measure, boolean published) {
	}

	void edit(Details d) {
		this.title = d.title();
		this.description = d.description();
		this.categoryId = d.categoryId();
		this.positionId = d.positionId();
		this.areaId = d.areaId();
		this.location = d.location();
		this.conditions = d.conditions();
		this.capacityPerYear = d.capacityPerYear();
		this.measure = d.measure();
		this.published = d.published();
	}

	@PrePersist
	void onCreate() {
		this.createdAt = EntityClock.instant();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void onUpdate() {
		this.updatedAt = EntityClock.instant();
	}

}
