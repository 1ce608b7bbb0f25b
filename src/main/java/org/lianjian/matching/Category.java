package org.lianjian.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.lianjian.shared.jpa.BaseEntity;

/**
 * One category of the taxonomy shared by needs and resources (教育, 为老, 党建, …), kept by
 * staff. A category in use is retired (inactive), never deleted.
 */
@Entity
@Table(name = "matching_category")
class Category extends BaseEntity {

	@Column(nullable = false)
	private String name = "";

	@Column(nullable = false)
	private int sortOrder;

	@Column(nullable = false)
	private boolean active = true;

	protected Category() {
	}

	Category(String name, int sortOrder) {
		this.name = name;
		this.sortOrder = sortOrder;
	}

	void update(String name, int sortOrder, boolean active) {
		this.name = name;
		this.sortOrder = sortOrder;
		this.active = active;
	}

	String getName() {
		return this.name;
	}

	int getSortOrder() {
		return this.sortOrder;
	}

	boolean isActive() {
		return this.active;
	}

}
