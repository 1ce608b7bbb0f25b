package org.lianjian.project;

import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;

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

	private final ProjectListQueries listQueries;

	ProjectAccess(ServiceProjectRepository projects, ScopeService scopes, ProjectListQueries listQueries) {
		this.projects = projects;
		this.scopes = scopes;
		this.listQueries = listQueries;
	}

	static boolean canEdit(DataScope scope, ServiceProject p) {
		return scope.isAll() || (scope.isSecretary() && scope.organisationIds().contains(p.getLeadOrgId()));
	}

	ServiceProject loadInScope(Long id) {
		ServiceProject p = this.projects.findById(id).orElseThrow(() -> ProjectNotFoundException.forId(id));
		DataScope scope = this.scopes.current();
		if (scope.isAll() || scope.organisationIds().contains(p.getLeadOrgId())
				|| this.listQueries.inScope(scope, id)) {
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
