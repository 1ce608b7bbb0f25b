package org.lianjian.matching;

import java.util.List;

import org.lianjian.shared.web.PageTab;
import org.lianjian.shared.web.PageTabContributor;

import org.springframework.stereotype.Component;

/**
 * Adds the "needs it serves" tab to the project page (a need names the project that meets
 * it).
 */
@Component
class MatchingTabs implements PageTabContributor {

	static final String KEY = "needs";

	@Override
	public List<PageTab> projectTabs(Long projectId) {
		return List.of(new PageTab(KEY, "matching.project.tab", "/projects/" + projectId + "/needs"));
	}

}
