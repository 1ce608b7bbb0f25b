package org.lianjian.matching;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.PortalUser;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.sql.ScopeClause;
import org.lianjian.structure.OrganisationOption;
import org.lianjian.structure.OrganisationType;
import org.lianjian.structure.StructureService;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in the matching module, in one place. Reading: a liaison sees
 * their unit's resources and needs and the orders dispatched to their unit (or for their
 * unit's needs); a secretary their area's needs and orders, and the resources offered in
 * their area; staff and admins everything. Out of scope by id is 404, a step the role may
 * not take is 403.
 */
@Component
class MatchingAccess {

	/** Needs: by their residential area, or raised by the user's unit. */
	static final ScopeClause NEEDS = ScopeClause.of("n.area_id", "n.raised_by_unit_id = :" + ScopeClause.UNIT);

	/** Orders (joined to their need {@code n}): by the need's area, or the unit. */
	static final ScopeClause ORDERS = ScopeClause.of("n.area_id",
			"(o.provider_unit_id = :" + ScopeClause.UNIT + " or n.raised_by_unit_id = :" + ScopeClause.UNIT + ")");

	/** Resources: offered in the user's areas, or given by the user's unit. */
	static final ScopeClause RESOURCES = ScopeClause.of("r.area_id", "r.provider_unit_id = :" + ScopeClause.UNIT);

	private final ScopeService scopes;

	private final StructureService structure;

	MatchingAccess(ScopeService scopes, StructureService structure) {
		this.scopes = scopes;
		this.structure = structure;
	}

	DataScope scope() {
		return this.scopes.current();
	}

	/** The login name of the current user (or the system work's name). */
	String username() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return (auth != null) ? auth.getName() : "system";
	}

	/** The organisation a secretary answers for (the root of their scope), if any. */
	@Nullable Long ownOrganisation() {
		return this.scopes.currentUser().map(PortalUser::getScopeOrganisationId).orElse(null);
	}

	/** Whether a need is in the scope. */
	static boolean sees(DataScope scope, Need need) {
		return scope.isAll()
				|| (scope.isLiaison() && need.getRaisedByUnitId() != null
						&& need.getRaisedByUnitId().equals(scope.unitId()))
				|| (scope.isSecretary() && scope.organisationIds().contains(need.getAreaId()));
	}

	/**
	 * Whether a resource is in the scope (as a list row; published ones are on the menu).
	 */
	static boolean sees(DataScope scope, ServiceResource r) {
		return scope.isAll()
				|| (scope.isLiaison() && r.getProviderUnitId() != null && r.getProviderUnitId().equals(scope.unitId()))
				|| (scope.isSecretary() && r.getAreaId() != null && scope.organisationIds().contains(r.getAreaId()));
	}

	/** Whether an order is in the scope. */
	static boolean sees(DataScope scope, ServiceOrder o, Need need) {
		return sees(scope, need)
				|| (scope.isLiaison() && o.getProviderUnitId() != null && o.getProviderUnitId().equals(scope.unitId()));
	}

	/**
	 * Whether the user keeps a resource: staff the community's and any unit's, a liaison
	 * their unit's.
	 */
	static boolean keeps(DataScope scope, ServiceResource r) {
		return scope.isStaff()
				|| (scope.isLiaison() && r.getProviderUnitId() != null && r.getProviderUnitId().equals(scope.unitId()));
	}

	/**
	 * Whether the user may change a need: staff, the secretary of its area, its unit's
	 * liaison.
	 */
	static boolean edits(DataScope scope, Need need) {
		return sees(scope, need) && (scope.isStaff() || scope.isSecretary()
				|| (scope.isLiaison() && need.getRaisedByKind() == RaisedBy.UNIT));
	}

	/**
	 * Whether the user answers for the provider of an order: its unit's liaison, or
	 * staff.
	 */
	static boolean provides(DataScope scope, ServiceOrder o) {
		return scope.isStaff()
				|| (scope.isLiaison() && o.getProviderUnitId() != null && o.getProviderUnitId().equals(scope.unitId()));
	}

	void requireStaff() {
		if (!scope().isStaff()) {
			throw new AccessDeniedException("staff only");
		}
	}

	/** The residential areas the user may raise needs for (a secretary's, or all). */
	List<OrganisationOption> areaOptions() {
		DataScope scope = scope();
		List<OrganisationOption> all = this.structure.optionsOfType(OrganisationType.RESIDENTIAL_PARTY_ORG);
		if (scope.isSecretary()) {
			return all.stream().filter((o) -> scope.organisationIds().contains(o.id())).toList();
		}
		return all;
	}

	/** Every residential area (filters, the menu). */
	List<OrganisationOption> allAreas() {
		return this.structure.optionsOfType(OrganisationType.RESIDENTIAL_PARTY_ORG);
	}

}
