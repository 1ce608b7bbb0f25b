package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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
 * A need (需求) of a residential area, or of a unit (the community serves the unit). Its
 * status moves with its orders (ordered: 已对接, accepted: 服务中, delivered in full: 已满足) or
 * is closed by hand (已满足, 未满足关闭 with a reason). Cross-module links are ids.
 */
@Entity
@Table(name = "need")
@Getter
class Need extends BaseEntity {

	@Column(nullable = false)
	private String title = "";

	private @Nullable String description;

	@Column(nullable = false)
	private Long categoryId = 0L;

	/** The residential area (an organisation of the structure). */
	@Column(nullable = false)
	private Long areaId = 0L;

	/** The grid cell, as text until grid cells exist. */
	private @Nullable String gridCell;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RaisedBy raisedByKind = RaisedBy.ORGANISATION;

	private @Nullable Long raisedByOrgId;

	private @Nullable Long raisedByUnitId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Direction direction = Direction.TO_COMMUNITY;

	private @Nullable Integer peopleServed;

	@Column(nullable = false)
	private BigDecimal quantity = BigDecimal.ONE;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Measure measure = Measure.SESSIONS;

	private @Nullable LocalDate wantedBy;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Urgency urgency = Urgency.NORMAL;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private NeedStatus status = NeedStatus.OPEN;

	private @Nullable String closeReason;

	private @Nullable LocalDate closedOn;

	/** The service project that meets this need, if any. */
	private @Nullable Long projectId;

	private boolean beyondCapacity;

	private @Nullable String beyondCapacityReason;

	private @Nullable LocalDate beyondCapacityOn;

	private @Nullable String createdBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = EntityClock.instant();

	@Column(nullable = false)
	private Instant updatedAt = EntityClock.instant();

	protected Need() {
	}

	/**
	 * A new need, status 待对接.
	 * @param raisedBy who raised it
	 * @param raisedByOrgId the organisation that raised it (a secretary's), or null
	 * @param raisedByUnitId the unit that raised it (a liaison's), required for
	 * {@link RaisedBy#UNIT}
	 * @param createdBy the user
	 */
	Need(RaisedBy raisedBy, @Nullable Long raisedByOrgId, @Nullable Long raisedByUnitId, @Nullable String createdBy) {
		this.raisedByKind = raisedBy;
		this.raisedByOrgId = raisedByOrgId;
		this.raisedByUnitId = raisedByUnitId;
		this.direction = raisedBy.direction();
		this.createdBy = createdBy;
	}

	/** The fields a form edits. */
	record Details(String title, @Nullable String description, Long categoryId, Long areaId, @Nullable String gridCell,
			@Nullable Integer peopleServed, BigDecimal quantity, Measure measure, @Nullable LocalDate wantedBy,
			Urgency urgency, @Nullable Long projectId) {
	}

	void edit(Details d) {
		this.title = d.title();
		this.description = d.description();
		this.categoryId = d.categoryId();
		this.areaId = d.areaId();
		this.gridCell = d.gridCell();
		this.peopleServed = d.peopleServed();
		this.quantity = d.quantity();
		this.measure = d.measure();
		this.wantedBy = d.wantedBy();
		this.urgency = d.urgency();
		this.projectId = d.projectId();
	}

	/**
	 * Moves the status on, never back and never out of a closed need.
	 * @param to the new status
	 * @return whether it changed
	 */
	boolean advanceTo(NeedStatus to) {
		if (!this.status.isOpen() || to.ordinal() <= this.status.ordinal()) {
			return false;
		}
		this.status = to;
		if (!to.isOpen()) {
			this.closedOn = EntityClock.today();
		}
		return true;
	}

	/**
	 * Back to open after the delivery that met it was undone.
	 * @param to the open status its orders now give it
	 */
	void reopen(NeedStatus to) {
		this.status = to;
		this.closedOn = null;
	}

	/**
	 * Closes an open need by hand: met, or not met with a reason.
	 * @param met whether it was met
	 * @param reason why it closes unmet
	 * @param on the day
	 */
	void close(boolean met, @Nullable String reason, LocalDate on) {
		this.status = met ? NeedStatus.MET : NeedStatus.CLOSED_UNMET;
		this.closeReason = reason;
		this.closedOn = on;
	}

	/**
	 * Marks the need as beyond what the sub-district can supply (超出供给能力), for the higher
	 * committee; or takes the mark off (reason null).
	 * @param reason why, or null to withdraw
	 * @param on the day it was raised
	 */
	void escalate(@Nullable String reason, LocalDate on) {
		this.beyondCapacity = reason != null;
		this.beyondCapacityReason = reason;
		this.beyondCapacityOn = (reason != null) ? on : null;
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
