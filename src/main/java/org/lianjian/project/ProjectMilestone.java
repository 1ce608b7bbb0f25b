package org.lianjian.project;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * A milestone of a project: a title, a due date and, once reached, the day it was done.
 */
@Entity
@Table(name = "project_milestone")
@Getter
@Setter
class ProjectMilestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "project_id")
	private @Nullable ServiceProject project;

	@Column(nullable = false)
	private String title = "";

	private @Nullable LocalDate dueDate;

	private @Nullable LocalDate doneOn;

	private int sortOrder;

}
