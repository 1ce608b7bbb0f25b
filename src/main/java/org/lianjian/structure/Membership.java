package org.lianjian.structure;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;

/**
 * An organisation's membership of a network or co-governance committee, valid from one
 * date to another (open-ended while current), so a past year shows that year's structure.
 */
@Entity
@Table(name = "membership")
@Getter
@Setter
class Membership extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "group_id")
	private Organisation group;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private MembershipRole role = MembershipRole.MEMBER;

	@Column(nullable = false)
	private LocalDate validFrom;

	private @Nullable LocalDate validTo;

	protected Membership() {
		this.organisation = new Organisation();
		this.group = new Organisation();
		this.validFrom = EntityClock.today();
	}

	Membership(Organisation organisation, Organisation group, MembershipRole role, LocalDate validFrom) {
		this.organisation = organisation;
		this.group = group;
		this.role = role;
		this.validFrom = validFrom;
	}

	boolean isCurrentOn(LocalDate day) {
		return MembershipOnDay.current(this.validFrom, this.validTo, day);
	}

}
