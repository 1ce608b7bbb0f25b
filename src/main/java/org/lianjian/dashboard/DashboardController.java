package org.lianjian.dashboard;

import org.lianjian.account.AccountService;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	private final AccountService accounts;

	DashboardController(ScopeService scopes, StructureService structure, UnitService units, AccountService accounts) {
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.accounts = accounts;
	}

	@GetMapping("/")
	String showDashboard(Model model) {
		DataScope scope = this.scopes.current();
		model.addAttribute("scope", scope);
		model.addAttribute("unitCount", this.units.countActiveInScope());
		if (scope.isAll()) {
			model.addAttribute("overview", this.structure.overview());
			if (scope.role() == org.lianjian.account.Role.ADMIN) {
				model.addAttribute("accountCount", this.accounts.count());
			}
		}
		else if (scope.isSecretary()) {
			this.scopes.currentUser()
				.map((u) -> u.getScopeOrganisationId())
				.ifPresent((orgId) -> model.addAttribute("organisationName", this.structure.name(orgId).orElse("")));
			model.addAttribute("organisationCount", scope.organisationIds().size());
		}
		else if (scope.isLiaison() && scope.unitId() != null) {
			model.addAttribute("unitName", this.units.name(scope.unitId()).orElse(""));
		}
		return "dashboard/home";
	}

}
