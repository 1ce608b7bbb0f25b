package org.lianjian.structure;

import org.jspecify.annotations.Nullable;

/**
 * A row of an organisation list.
 */
public record OrganisationSummary(Long id, String name, @Nullable String shortName, OrganisationType type,
		OrganisationStatus status, @Nullable Long parentId, @Nullable String parentName, int memberCount,
		@Nullable String secretaryName) {

	public boolean active() {
		return this.status == OrganisationStatus.ACTIVE;
	}

}
