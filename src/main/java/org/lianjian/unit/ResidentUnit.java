package org.lianjian.unit;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;
import org.lianjian.structure.CoordinationRoster;

/**
 * A resident unit (驻区单位). Organisations are referenced by id (structure module).
 */
@Entity
@Table(name = "resident_unit")
@Getter
@Setter
class ResidentUnit extends BaseEntity {

	@Column(nullable = false)
	private String name = "";

	private @Nullable String shortName;

	/** 统一社会信用代码; null for units that have none. */
	private @Nullable String creditCode;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitCategory category = UnitCategory.OTHER;

	@Enumerated(EnumType.STRING)
	private @Nullable InstitutionType subType;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AdminRank adminRank = AdminRank.NONE;

	private boolean dualManaged;

	private @Nullable String address;

	/** The residential area (a structure organisation) the unit lies in. */
	private @Nullable Long residentialAreaId;

	private @Nullable String gridRef;

	private int headcount;

	private @Nullable String contactPhone;

	private @Nullable String contactEmail;

	/** The unit's party organisation: a structure node of type UNIT_PARTY_ORG. */
	private @Nullable Long partyOrgId;

	@Enumerated(EnumType.STRING)
	private @Nullable PartyOrgKind partyOrgKind;

	private int partyMemberCount;

	/** Name of the unit's sector-level committee (大口党委). */
	private @Nullable String sectorCommittee;

	/**
	 * The network the unit belongs to, usually the coordination or comprehensive
	 * committee.
	 */
	private @Nullable Long networkId;

	/**
	 * The day the unit moved into the area or joined: it counts in the figures of a day
	 * from this day on ({@link UnitOnDay#present}).
	 */
	@Column(nullable = false)
	private LocalDate effectiveFrom = LocalDate.EPOCH;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitStatus status = UnitStatus.ACTIVE;

	private @Nullable LocalDate statusDate;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = EntityClock.instant();

	@Column(nullable = false)
	private Instant updatedAt = EntityClock.instant();

	/**
	 * The latest coordination committee membership of the unit's party organisation, as
	 * read from the roster (structure module); not a column.
	 */
	@Transient
	private CoordinationRoster.@Nullable Period coordination;

	/** Whether {@link #coordination} was read. */
	@Transient
	private boolean coordinationRead;

	/**
	 * A change of the coordination membership that the form asked for, not yet written.
	 */
	@Transient
	private UnitCoordination.@Nullable Change pendingCoordination;

	@PreUpdate
	void touch() {
		this.updatedAt = EntityClock.instant();
	}

}
