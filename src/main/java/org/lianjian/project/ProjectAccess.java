package org.lianjian.project;

import java.util.HashSet;
import java.util.Set;

import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.PageView;
import org.lianjian.unit.UnitFilter;
import org.lianjian.unit.UnitService;
import org.lianjian.unit.UnitSummary;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and edit a project: staff everything; a secretary the projects their
 * subtree leads or their area's units partner in, and edits those it leads; a liaison the
 * projects their unit partners in. A project outside the scope is missing (404).
 */
@Component
class ProjectAccess {

	private final ServiceProjectRepository projects;

	private final ScopeService scopes;

	private final UnitService units;

	ProjectAccess(ServiceProjectRepository projects, ScopeService scopes, UnitService units) {
		this.projects = projects;
		this.scopes = scopes;
		this.units = units;
	}

	/** The partner units that bring a project into scope: the own unit, or the area's. */
	Set<Long> scopeUnitIds(DataScope scope) {
		if (scope.isLiaison()) {
			return scope.unitId() == null ? Set.of(-1L) : Set.of(scope.unitId());
		}
		if (scope.isSecretary()) {
			Set<Long> ids = new HashSet<>();
			int page = 0;
			PageView<UnitSummary> p;
			do {
				p = this.units.search(new UnitFilter(null, null, null, null, null, null, null, null, null, null, page));
				p.content().forEach((u) -> ids.add(u.id()));
				page++;
			}
			while (page < p.totalPages());
			return ids.isEmpty() ? Set.of(-1L) : ids;
		}
		return Set.of(-1L);
	}

	static boolean canEdit(DataScope scope, ServiceProject p) {
		return scope.isAll() || (scope.isSecretary() && scope.organisationIds().contains(p.getLeadOrgId()));
	}

	ServiceProject loadInScope(Long id) {
		ServiceProject p = this.projects.findById(id).orElseThrow(() -> ProjectNotFoundException.forId(id));
		DataScope scope = this.scopes.current();
		if (scope.isAll() || scope.organisationIds().contains(p.getLeadOrgId())) {
			return p;
		}
		Set<Long> mine = scopeUnitIds(scope);
		if (p.getPartners().stream().anyMatch((s) -> mine.contains(s.getUnitId()))) {
			return p;
		}
		throw ProjectNotFoundException.forId(id);
	}

	ServiceProject loadForEdit(Long id) {
		ServiceProject p = loadInScope(id);
		if (!canEdit(this.scopes.current(), p)) {
			throw new AccessDeniedException("project " + id + " is not editable");
		}
		return p;
	}

}
