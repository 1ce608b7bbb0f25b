package org.lianjian.dashboard;

import org.lianjian.account.AccountService;
import org.lianjian.agreement.AgreementService;
import org.lianjian.account.DataScope;
import org.lianjian.account.Role;
import org.lianjian.account.ScopeService;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.ChangeRequestService;
import org.lianjian.unit.LiaisonService;
import org.lianjian.unit.UnitNotFoundException;
import org.lianjian.unit.UnitService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class DashboardController {

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	private final LiaisonService liaisons;

	private final ChangeRequestService requests;

	private final AccountService accounts;

	private final AgreementService agreements;

	DashboardController(ScopeService scopes, StructureService structure, UnitService units, LiaisonService liaisons,
			ChangeRequestService requests, AccountService accounts, AgreementService agreements) {
		this.agreements = agreements;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.liaisons = liaisons;
		this.requests = requests;
		this.accounts = accounts;
	}

	@GetMapping("/")
	String showDashboard(Model model) {
		DataScope scope = this.scopes.current();
		model.addAttribute("scope", scope);
		model.addAttribute("unitCount", this.units.countActiveInScope());
		// reminders for everyone, each in their own scope: agreements ending within 60
		// days and red commitments
		model.addAttribute("endingSoon", this.agreements.endingSoon());
		model.addAttribute("redCommitments", this.agreements.redCommitments());
		if (scope.isAll()) {
			model.addAttribute("overview", this.structure.overview());
			model.addAttribute("vacantCount", this.units.countVacantInScope());
			model.addAttribute("pendingCount", this.requests.countPending());
			if (scope.role() == Role.ADMIN) {
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
			addLiaisonModel(model, scope.unitId());
		}
		return "dashboard/home";
	}

	private void addLiaisonModel(Model model, Long unitId) {
		try {
			model.addAttribute("myUnit", this.units.detail(unitId));
		}
		catch (UnitNotFoundException ex) {
			return;
		}
		boolean open = this.liaisons.selfServiceOpen(unitId);
		model.addAttribute("selfService", open);
		if (open) {
			model.addAttribute("myRequests", this.requests.forUnit(unitId));
		}
	}

}
