package org.lianjian.agreement;

import java.util.List;

import org.lianjian.shared.web.PageTab;
import org.lianjian.shared.web.PageTabContributor;

import org.springframework.stereotype.Component;

/**
 * Adds the "agreements and pairings" tab to the unit page and the organisation page.
 */
@Component
class AgreementTabs implements PageTabContributor {

	static final String KEY = "agreements";

	@Override
	public List<PageTab> unitTabs(Long unitId) {
		return List.of(new PageTab(KEY, "agreement.tab.title", "/units/" + unitId + "/agreements"));
	}

	@Override
	public List<PageTab> organisationTabs(Long organisationId) {
		return List
			.of(new PageTab(KEY, "agreement.tab.title", "/structure/organisations/" + organisationId + "/agreements"));
	}

}
