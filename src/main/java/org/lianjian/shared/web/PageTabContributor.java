package org.lianjian.shared.web;

import java.util.List;

/**
 * Implemented by modules that add tabs to the unit and organisation pages. The page's own
 * module collects every contributor bean and draws their tabs after its own.
 */
public interface PageTabContributor {

	default List<PageTab> unitTabs(Long unitId) {
		return List.of();
	}

	default List<PageTab> organisationTabs(Long organisationId) {
		return List.of();
	}

	default List<PageTab> projectTabs(Long projectId) {
		return List.of();
	}

}
