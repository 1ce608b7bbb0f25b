package org.lianjian.structure;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One membership of an organisation in a network or committee.
 */
public record MembershipView(Long id, long version, Long organisationId, String organisationName, Long groupId,
		String groupName, MembershipRole role, LocalDate validFrom, @Nullable LocalDate validTo) {

	public boolean current(LocalDate today) {
		return !this.validFrom.isAfter(today) && (this.validTo == null || !this.validTo.isBefore(today));
	}

}
