package org.lianjian.unit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A liaison appointment as shown on the unit page.
 */
public record LiaisonView(Long id, long version, String personName, @Nullable String position,
		@Nullable String department, @Nullable String phone, @Nullable String email, boolean primary,
		LocalDate startDate, @Nullable LocalDate endDate, @Nullable Long accountId) {

	public boolean active() {
		return this.endDate == null;
	}

	static LiaisonView of(Liaison l) {
		return new LiaisonView(l.getId(), l.getVersion(), l.getPersonName(), l.getPosition(), l.getDepartment(),
				l.getPhone(), l.getEmail(), l.isPrimary(), l.getStartDate(), l.getEndDate(), l.getAccountId());
	}

}
