package org.lianjian.account;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.sql.RowScope;

/**
 * What the current user may see. Services pass it into their queries, so that records
 * outside the scope are never loaded, and answer 404 when one is asked for by id.
 *
 * @param role the user's role
 * @param organisationIds for a secretary: their organisation and its subtree; empty
 * otherwise
 * @param unitId for a liaison: their unit; null otherwise
 */
public record DataScope(Role role, Set<Long> organisationIds, @Nullable Long unitId) implements RowScope {

	public static DataScope all(Role role) {
		return new DataScope(role, Set.of(), null);
	}

	/**
	 * Work the portal's own code runs for the whole sub-district
	 * ({@link SystemPrincipal}, for example the demo data): sees everything, like staff.
	 */
	public static final DataScope SYSTEM = all(Role.STAFF);

	/**
	 * Nobody signed in, or a principal that is neither an account nor the system: sees
	 * nothing. It has the shape of a secretary without an organisation, which every scope
	 * clause already answers with no rows.
	 */
	public static final DataScope NONE = new DataScope(Role.SECRETARY, Set.of(), null);

	/** Admins and staff see all domain data. */
	@Override
	public boolean isAll() {
		return this.role == Role.ADMIN || this.role == Role.STAFF;
	}

	public boolean isSecretary() {
		return this.role == Role.SECRETARY;
	}

	public boolean isLiaison() {
		return this.role == Role.LIAISON;
	}

	/**
	 * Whether the user sees exactly one unit (a liaison): lists then show no filter that
	 * picks among units.
	 */
	public boolean seesOneUnit() {
		return isLiaison();
	}

	/** Whether the user may write domain data beyond their own scope. */
	public boolean isStaff() {
		return isAll();
	}

	public boolean coversOrganisation(@Nullable Long organisationId) {
		return isAll() || (organisationId != null && this.organisationIds.contains(organisationId));
	}

	/**
	 * Whether a unit lies in scope.
	 * @param unitId the unit
	 * @param areaId the residential area the unit lies in, if any
	 * @return true for staff, for the unit's liaison, and for the secretary of its area
	 */
	public boolean coversUnit(@Nullable Long unitId, @Nullable Long areaId) {
		if (isAll()) {
			return true;
		}
		if (isLiaison()) {
			return unitId != null && unitId.equals(this.unitId);
		}
		return areaId != null && this.organisationIds.contains(areaId);
	}

	/**
	 * For queries: organisation ids to filter on, never empty (an impossible id stands in
	 * for "none", since SQL {@code in ()} is not valid).
	 * @return ids for an {@code in} clause
	 */
	@Override
	public Set<Long> organisationIdsForQuery() {
		return this.organisationIds.isEmpty() ? Set.of(-1L) : this.organisationIds;
	}

	/**
	 * For queries: the liaison's unit, or an impossible id.
	 * @return unit id for an equality test
	 */
	@Override
	public long unitIdForQuery() {
		return this.unitId == null ? -1L : this.unitId;
	}

}
