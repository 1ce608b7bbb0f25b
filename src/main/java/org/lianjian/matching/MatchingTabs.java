package org.lianjian.matching;

import java.util.List;

import org.lianjian.shared.web.PageTab;
import org.lianjian.shared.web.PageTabContributor;

import org.springframework.stereotype.Component;

/**
 * Adds the "needs it serves" tab to the project page (a need names the project that meets
 * it), and the two-way service tab (双向服务, {@link TwoWayController}) to the unit page.
 */
@Component
class MatchingTabs implements PageTabContributor {

	static final String KEY = "needs";

	static final String UNIT_KEY = "two-way";

	@Override
	public List<PageTab> unitTabs(Long unitId) {
		return List.of(new PageTab(UNIT_KEY, "matching.twoway.tab", "/units/" + unitId + "/two-way"));
	}

	@Override
	public List<PageTab> projectTabs(Long projectId) {
		return List.of(new PageTab(KEY, "matching.project.tab", "/projects/" + projectId + "/needs"));
	}

}
