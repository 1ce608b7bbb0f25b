package org.lianjian.unit;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the unit page shows.
 *
 * @param coordinationMember whether the unit is on the coordination committee's roster
 * today (through its party organisation)
 * @param coordinationMemberSince the first day of that membership, or null
 * @param effectiveFrom the day the unit moved in or joined
 * @param vacant no primary liaison is in office today ({@link UnitOnDay}), the rule of
 * the unit list's "vacant" filter
 */
public record UnitView(Long id, long version, String name, @Nullable String shortName, @Nullable String creditCode,
		UnitCategory category, @Nullable InstitutionType subType, AdminRank adminRank, boolean dualManaged,
		@Nullable String address, @Nullable Long residentialAreaId, @Nullable String residentialAreaName,
		@Nullable String gridRef, int headcount, @Nullable String contactPhone, @Nullable String contactEmail,
		@Nullable Long partyOrgId, @Nullable String partyOrgName, @Nullable PartyOrgKind partyOrgKind,
		int partyMemberCount, @Nullable String sectorCommittee, @Nullable Long networkId, @Nullable String networkName,
		boolean coordinationMember, @Nullable LocalDate coordinationMemberSince, UnitStatus status,
		@Nullable LocalDate statusDate, LocalDate effectiveFrom, boolean vacant, List<LiaisonView> liaisons) {

	/**
	 * Share of the profile that is filled in, 0 to 100, for the liaison's dashboard.
	 * @return percentage
	 */
	public int completeness() {
		Object[] fields = { this.shortName, this.creditCode, this.address, this.residentialAreaId, this.gridRef,
				this.headcount > 0 ? 1 : null, this.contactPhone, this.contactEmail, this.partyOrgKind,
				this.partyMemberCount > 0 ? 1 : null, this.sectorCommittee, this.networkId };
		int filled = 0;
		for (Object f : fields) {
			if (f != null && !(f instanceof String s && s.isBlank())) {
				filled++;
			}
		}
		return Math.round(100f * filled / fields.length);
	}

	UnitForm toForm() {
		return new UnitForm(this.name, this.shortName, this.creditCode, this.category, this.subType, this.adminRank,
				this.dualManaged, this.address, this.residentialAreaId, this.gridRef, this.headcount, this.contactPhone,
				this.contactEmail, this.partyOrgKind, this.partyMemberCount, this.sectorCommittee, this.networkId,
				this.coordinationMember, this.coordinationMemberSince, this.status, this.statusDate, this.effectiveFrom,
				this.version);
	}

}
