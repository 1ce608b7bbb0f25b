package org.lianjian.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.BaseEntity;
import org.lianjian.shared.time.EntityClock;
import org.lianjian.shared.web.RuleViolationException;

/**
 * A joint-building agreement. The lifecycle methods are the only way to change its
 * status, and each refuses an illegal transition.
 */
@Entity
@Table(name = "agreement")
@Getter
@Setter
class JointBuildingAgreement extends BaseEntity {

	@Column(nullable = false)
	private String number = "";

	@Column(nullable = false)
	private String title = "";

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementLevel level = AgreementLevel.BRANCH;

	@Column(nullable = false)
	private Long communityOrgId = 0L;

	private @Nullable Long parentAgreementId;

	private @Nullable Long renewedFromId;

	private @Nullable Long pairingId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AgreementStatus status = AgreementStatus.DRAFT;

	@Column(nullable = false)
	private LocalDate termStart = EntityClock.today();

	@Column(nullable = false)
	private LocalDate termEnd = EntityClock.today();

	private @Nullable LocalDate signedOn;

	private @Nullable String summary;

	private @Nullable String returnReason;

	private @Nullable String terminationReason;

	private @Nullable LocalDate terminatedOn;

	private @Nullable String createdBy;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = EntityClock.instant();

	@Column(nullable = false)
	private Instant updatedAt = EntityClock.instant();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "agreement_area", joinColumns = @JoinColumn(name = "agreement_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "area", nullable = false)
	private Set<CooperationArea> areas = EnumSet.noneOf(CooperationArea.class);

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
	@Column(name = "unit_id", nullable = false)
	private Set<Long> unitIds = new LinkedHashSet<>();

	@OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@OrderBy("sortOrder, id")
	private List<Commitment> commitments = new ArrayList<>();

	@PreUpdate
	void touch() {
		this.updatedAt = EntityClock.instant();
	}

	boolean isEditable() {
		return this.status == AgreementStatus.DRAFT;
	}

	void submit() {
		require(AgreementStatus.DRAFT);
		if (this.commitments.isEmpty()) {
			throw new RuleViolationException(null, "agreement.submit.noCommitments");
		}
		this.status = AgreementStatus.SUBMITTED;
		this.returnReason = null;
	}

	void approve(LocalDate signed) {
		require(AgreementStatus.SUBMITTED);
		this.status = AgreementStatus.ACTIVE;
		this.signedOn = signed;
	}

	void sendBack(String reason) {
		require(AgreementStatus.SUBMITTED);
		this.status = AgreementStatus.DRAFT;
		this.returnReason = reason;
	}

	void terminate(String reason, LocalDate on) {
		require(AgreementStatus.ACTIVE);
		this.status = AgreementStatus.TERMINATED;
		this.terminationReason = reason;
		this.terminatedOn = on;
	}

	/** The daily job: an agreement in force whose term has ended. */
	boolean expireIfEnded(LocalDate today) {
		if (this.status == AgreementStatus.ACTIVE && today.isAfter(this.termEnd)) {
			this.status = AgreementStatus.EXPIRED;
			return true;
		}
		return false;
	}

	boolean isRenewable() {
		return this.status == AgreementStatus.ACTIVE || this.status == AgreementStatus.EXPIRED;
	}

	private void require(AgreementStatus expected) {
		if (this.status != expected) {
			throw new IllegalTransitionException(this.status, expected);
		}
	}

	void addCommitment(Commitment c) {
		c.setAgreement(this);
		c.setSortOrder(this.commitments.size());
		this.commitments.add(c);
	}

}
