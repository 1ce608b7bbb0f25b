package org.lianjian.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.Setter;
import org.lianjian.shared.jpa.BaseEntity;

/** A project brand (品牌), configurable by staff; retired brands take no new projects. */
@Entity
@Table(name = "project_brand")
@Getter
@Setter
class ProjectBrand extends BaseEntity {

	@Column(nullable = false)
	private String name = "";

	private boolean retired;

}
