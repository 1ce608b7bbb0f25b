package org.lianjian.agreement;

import java.util.List;

import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.PageTabContributor;
import org.lianjian.structure.OrganisationDetail;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;
import org.lianjian.unit.UnitView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The "agreements and pairings" tab of a unit and of an organisation: the agreements in
 * the current user's scope that they are a party to, and their pairings.
 */
@Controller
class AgreementTabController {

	private final UnitService units;

	private final StructureService structure;

	private final AgreementQueries agreements;

	private final PairingService pairings;

	private final List<PageTabContributor> tabContributors;

	AgreementTabController(UnitService units, StructureService structure, AgreementQueries agreements,
			PairingService pairings, List<PageTabContributor> tabContributors) {
		this.units = units;
		this.structure = structure;
		this.agreements = agreements;
		this.pairings = pairings;
		this.tabContributors = tabContributors;
	}

	@GetMapping("/units/{id}/agreements")
	String showForUnit(@PathVariable Long id, Model model) {
		UnitView unit = this.units.detail(id);
		model.addAttribute("unit", unit);
		model.addAttribute("tab", AgreementTabs.KEY);
		model.addAttribute("tabs", UnitService.PAGE_TABS);
		model.addAttribute("extraTabs", this.tabContributors.stream().flatMap((c) -> c.unitTabs(id).stream()).toList());
		model.addAttribute("rows", this.agreements.forUnit(id));
		model.addAttribute("pairings", this.pairings.forUnit(id));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("unit.list.title", "/units"),
				Crumb.text(unit.name(), "/units/" + id), Crumb.key("agreement.tab.title", null)));
		return "agreement/unit-tab";
	}

	@GetMapping("/structure/organisations/{id}/agreements")
	String showForOrganisation(@PathVariable Long id, Model model) {
		OrganisationDetail org = this.structure.detail(id);
		model.addAttribute("org", org);
		model.addAttribute("rows", this.agreements.forOrganisation(id));
		model.addAttribute("pairings", this.pairings.forOrganisation(id));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.structure", "/structure"),
				Crumb.text(org.name(), "/structure/organisations/" + id), Crumb.key("agreement.tab.title", null)));
		return "agreement/org-tab";
	}

}
