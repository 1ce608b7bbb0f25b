package org.lianjian.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

/**
 * A service project. The brand, the lead organisation and the partner units are ids;
 * partners and milestones belong to the project.
 */
@Entity
@Table(name = "service_project")
@Getter
@Setter
class ServiceProject extends BaseEntity {

	@Column(nullable = false)
	private String name = "";

	@Column(nullable = false)
	private Long brandId = 0L;

	@Column(nullable = false)
	private Long leadOrgId = 0L;

	private @Nullable String goals;

	@Column(nullable = false)
	private LocalDate startDate = EntityClock.today();

	@Column(nullable = false)
	private LocalDate endDate = EntityClock.today();

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProjectStatus status = ProjectStatus.PREPARING;

	private @Nullable Integer beneficiaryTarget;

	@Column(nullable = false, updatable = false)
	private Instant createdAt = EntityClock.instant();

	@Column(nullable = false)
	private Instant updatedAt = EntityClock.instant();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@OrderBy("sortOrder")
	private List<ProjectPartner> partners = new ArrayList<>();

	@OneToMany(mappedBy = "project", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
	@OrderBy("sortOrder")
	private List<ProjectMilestone> milestones = new ArrayList<>();

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "project_commitment", joinColumns = @JoinColumn(name = "project_id"))
	private List<CommitmentLink> commitments = new ArrayList<>();

	@PreUpdate
	void touch() {
		this.updatedAt = EntityClock.instant();
	}

}
