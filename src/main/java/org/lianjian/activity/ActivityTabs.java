package org.lianjian.activity;

import java.util.List;

import org.lianjian.shared.web.PageTab;
import org.lianjian.shared.web.PageTabContributor;

import org.springframework.stereotype.Component;

/**
 * Adds the "activities and projects" tab to the unit page.
 */
@Component
class ActivityTabs implements PageTabContributor {

	static final String KEY = "activities";

	@Override
	public List<PageTab> unitTabs(Long unitId) {
		return List.of(new PageTab(KEY, "activity.tab.title", "/units/" + unitId + "/activities"));
	}

	@Override
	public List<PageTab> projectTabs(Long projectId) {
		return List.of(new PageTab(KEY, "activity.project.tab", "/projects/" + projectId + "/activities"));
	}

}
