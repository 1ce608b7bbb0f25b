package org.lianjian.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;

/**
 * A position (阵地) or base (基地) with its weekly opening hours.
 */
@Entity
@Table(name = "position")
class Position extends BaseEntity {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PositionKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PositionCategory category;

	@Column(nullable = false)
	private String name;

	private @Nullable String address;

	@Column(nullable = false)
	private int capacity;

	private @Nullable String contact;

	private @Nullable Long ownerOrganisationId;

	private @Nullable Long ownerUnitId;

	private @Nullable Long agreementId;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "position_hours", joinColumns = @JoinColumn(name = "position_id"))
	private List<PositionHours> hours = new ArrayList<>();

	@Column(nullable = false, updatable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private Instant updatedAt;

	protected Position() {
	}

	Position(PositionCategory category, String name) {
		this.category = category;
		this.kind = category.kind();
		this.name = name;
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

	void apply(PositionCategory category, String name, @Nullable String address, int capacity, @Nullable String contact,
			@Nullable Long ownerOrganisationId, @Nullable Long ownerUnitId, @Nullable Long agreementId,
			List<PositionHours> hours) {
		this.category = category;
		this.kind = category.kind();
		this.name = name;
		this.address = address;
		this.capacity = capacity;
		this.contact = contact;
		this.ownerOrganisationId = ownerOrganisationId;
		this.ownerUnitId = ownerUnitId;
		this.agreementId = agreementId;
		this.hours.clear();
		this.hours.addAll(hours);
	}

	PositionKind getKind() {
		return this.kind;
	}

	PositionCategory getCategory() {
		return this.category;
	}

	String getName() {
		return this.name;
	}

	@Nullable String getAddress() {
		return this.address;
	}

	int getCapacity() {
		return this.capacity;
	}

	@Nullable String getContact() {
		return this.contact;
	}

	@Nullable Long getOwnerOrganisationId() {
		return this.ownerOrganisationId;
	}

	@Nullable Long getOwnerUnitId() {
		return this.ownerUnitId;
	}

	@Nullable Long getAgreementId() {
		return this.agreementId;
	}

	List<PositionHours> getHours() {
		return this.hours;
	}

}
