package org.lianjian.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;

/**
 * An activity organised by an organisation together with partner units. Once held it
 * records residents served, a summary, volunteers and hours per unit, and photos.
 */
@Entity
@Table(name = "activity")
@Getter
@Setter
class Activity extends BaseEntity {

	@Column(nullable = false)
	private String title = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityType type = ActivityType.OTHER;

	private @Nullable String festivalTag;

	private @Nullable Integer festivalYear;

	@Column(nullable = false)
	private LocalDateTime startAt = EntityClock.dateTime();

	@Column(nullable = false)
	private LocalDateTime endAt = EntityClock.dateTime();

	private @Nullable Long positionId;

	private @Nullable String venueText;

	@Column(nullable = false)
	private Long organiserOrgId = 0L;

	private @Nullable Long projectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActivityStatus status = ActivityStatus.PLANNED;

	@Column(name = "public_flag", nullable = false)
	private boolean publicFlag;

	private @Nullable Integer residentsServed;

	private @Nullable String summary;

	private @Nullable String createdBy;

	/**
	 * The unit whose liaison set the activity up, if a liaison did: that unit's liaisons
	 * may change it like its organiser.
	 */
	private @Nullable Long createdByUnitId;

	@Column(nullable = false)
	private Instant updatedAt = EntityClock.instant();

	@ElementCollection
	@CollectionTable(name = "activity_partner", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "unit_id")
	private Set<Long> partnerUnitIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_commitment", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "commitment_id")
	private Set<Long> commitmentIds = new LinkedHashSet<>();

	@ElementCollection
	@CollectionTable(name = "activity_unit_hours", joinColumns = @JoinColumn(name = "activity_id"))
	private List<UnitHours> unitHours = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "activity_volunteer", joinColumns = @JoinColumn(name = "activity_id"))
	@OrderColumn(name = "position")
	private List<NamedVolunteer> volunteers = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "activity_photo", joinColumns = @JoinColumn(name = "activity_id"))
	@Column(name = "attachment_id")
	private Set<Long> photoIds = new LinkedHashSet<>();

	@PreUpdate
	void touch() {
		this.updatedAt = EntityClock.instant();
	}

	/** The total hours of all partner units. */
	BigDecimal totalHours() {
		return this.unitHours.stream().map(UnitHours::getHours).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/**
	 * The hours row of a unit.
	 * @param unitId the unit
	 * @return its row, or null when it has none
	 */
	@Nullable UnitHours hoursOf(Long unitId) {
		return this.unitHours.stream().filter((h) -> h.getUnitId().equals(unitId)).findFirst().orElse(null);
	}

	/** The total number of volunteers of all partner units. */
	int totalVolunteers() {
		return this.unitHours.stream().mapToInt(UnitHours::getVolunteers).sum();
	}

}
