package org.lianjian.structure;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the organisation page shows.
 */
public record OrganisationDetail(Long id, long version, OrganisationType type, @Nullable StructureRole structureRole,
		String name, @Nullable String shortName, @Nullable Long parentId, @Nullable String parentName,
		@Nullable String secretaryName, @Nullable String contact, int memberCount, OrganisationStatus status,
		@Nullable LocalDate retiredOn, List<OrganisationOption> path, List<OrganisationSummary> children,
		List<MembershipView> memberships) {

	public boolean active() {
		return this.status == OrganisationStatus.ACTIVE;
	}

	public boolean hasActiveChildren() {
		return this.children.stream().anyMatch(OrganisationSummary::active);
	}

	public List<MembershipView> asMember() {
		return this.memberships.stream().filter((m) -> m.organisationId().equals(this.id)).toList();
	}

	public List<MembershipView> asGroup() {
		return this.memberships.stream().filter((m) -> m.groupId().equals(this.id)).toList();
	}

}
