package org.lianjian.unit;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Everything the unit page shows: the unit's stored fields as its form
 * ({@link UnitForm#of}, by property name, so a new field needs no change here), and what
 * the page adds to them (organisation names, the liaisons). The accessors of the stored
 * fields that pages and other modules use read the form.
 *
 * @param form the stored fields, as the edit form starts with them (with the version)
 * @param vacant no primary liaison is in office today ({@link UnitOnDay}), the rule of
 * the unit list's "vacant" filter
 */
public record UnitView(Long id, UnitForm form, @Nullable String residentialAreaName, @Nullable Long partyOrgId,
		@Nullable String partyOrgName, @Nullable String networkName, boolean vacant, List<LiaisonView> liaisons) {

	/**
	 * Share of the profile that is filled in, 0 to 100, for the liaison's dashboard.
	 * @return percentage
	 */
	public int completeness() {
		Object[] fields = { shortName(), creditCode(), address(), residentialAreaId(), gridRef(),
				headcount() > 0 ? 1 : null, contactPhone(), contactEmail(), partyOrgKind(),
				partyMemberCount() > 0 ? 1 : null, sectorCommittee(), networkId() };
		int filled = 0;
		for (Object f : fields) {
			if (f != null && !(f instanceof String s && s.isBlank())) {
				filled++;
			}
		}
		return Math.round(100f * filled / fields.length);
	}

	/**
	 * The name of the organisation a field names by id (the residential area, the
	 * network), for the unit's page.
	 * @param property the field's property
	 * @return the name, or null
	 */
	public @Nullable String organisationName(String property) {
		return switch (property) {
			case "residentialAreaId" -> this.residentialAreaName;
			case "networkId" -> this.networkName;
			default -> null;
		};
	}

	UnitForm toForm() {
		return this.form;
	}

	public long version() {
		return Objects.requireNonNull(this.form.version());
	}

	public String name() {
		return Objects.requireNonNull(this.form.name());
	}

	public @Nullable String shortName() {
		return this.form.shortName();
	}

	public @Nullable String creditCode() {
		return this.form.creditCode();
	}

	public UnitCategory category() {
		return Objects.requireNonNull(this.form.category());
	}

	public @Nullable InstitutionType subType() {
		return this.form.subType();
	}

	public AdminRank adminRank() {
		return Objects.requireNonNull(this.form.adminRank());
	}

	public boolean dualManaged() {
		return this.form.dualManaged();
	}

	public @Nullable String address() {
		return this.form.address();
	}

	public @Nullable Long residentialAreaId() {
		return this.form.residentialAreaId();
	}

	public @Nullable String gridRef() {
		return this.form.gridRef();
	}

	public int headcount() {
		return Objects.requireNonNullElse(this.form.headcount(), 0);
	}

	public @Nullable String contactPhone() {
		return this.form.contactPhone();
	}

	public @Nullable String contactEmail() {
		return this.form.contactEmail();
	}

	public @Nullable PartyOrgKind partyOrgKind() {
		return this.form.partyOrgKind();
	}

	public int partyMemberCount() {
		return Objects.requireNonNullElse(this.form.partyMemberCount(), 0);
	}

	public @Nullable String sectorCommittee() {
		return this.form.sectorCommittee();
	}

	public @Nullable Long networkId() {
		return this.form.networkId();
	}

	/**
	 * Whether the unit is on the coordination committee's roster today (through its party
	 * organisation).
	 * @return whether it is a member
	 */
	public boolean coordinationMember() {
		return this.form.coordinationMember();
	}

	/**
	 * The first day of the coordination committee membership.
	 * @return the day, or null
	 */
	public @Nullable LocalDate coordinationMemberSince() {
		return this.form.coordinationMemberSince();
	}

	public UnitStatus status() {
		return Objects.requireNonNull(this.form.status());
	}

	public @Nullable LocalDate statusDate() {
		return this.form.statusDate();
	}

	/**
	 * The day the unit moved in or joined.
	 * @return the day
	 */
	public LocalDate effectiveFrom() {
		return Objects.requireNonNull(this.form.effectiveFrom());
	}

}
