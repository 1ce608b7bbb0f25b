package org.lianjian.project;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.jspecify.annotations.Nullable;

/** A partner unit of a project, its role and its contribution. */
@Entity
@Table(name = "project_partner")
@Getter
@Setter
class ProjectPartner {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id")
	private @Nullable ServiceProject project;

	@Column(nullable = false)
	private Long unitId = 0L;

	private @Nullable String role;

	@Enumerated(EnumType.STRING)
	@Column(name = "contribution_kind", nullable = false)
	private ContributionKind kind = ContributionKind.IN_KIND;

	private @Nullable BigDecimal amount;

	private @Nullable String description;

	private int sortOrder;

}
