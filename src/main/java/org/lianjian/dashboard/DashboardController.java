package org.lianjian.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lianjian.account.AccountService;
import org.lianjian.activity.ActivityFigures;
import org.lianjian.activity.ActivityService;
import org.lianjian.agreement.AgreementFilter;
import org.lianjian.agreement.AgreementQueries;
import org.lianjian.agreement.AgreementService;
import org.lianjian.agreement.Rag;
import org.lianjian.matching.LateOrders;
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

	/** How many agreements ending soon and red commitments the cards list. */
	private static final int SHOWN = 8;

	private static final String VIEW = "dashboard/home";

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	private final LiaisonService liaisons;

	private final ChangeRequestService requests;

	private final AccountService accounts;

	private final AgreementService agreements;

	private final ActivityService activities;

	private final DashboardFigures figures;

	private final AgreementQueries agreementQueries;

	private final ActivityFigures activityFigures;

	private final Clock clock;

	private final HomeTodos todos;

	/** The matching module's late orders by stage (issue 18). */
	private final LateOrders lateOrders;

	DashboardController(HomeTodos todos, ScopeService scopes, StructureService structure, UnitService units,
			LiaisonService liaisons, ChangeRequestService requests, AccountService accounts,
			AgreementService agreements, ActivityService activities, DashboardFigures figures, Clock clock,
			AgreementQueries agreementQueries, ActivityFigures activityFigures, LateOrders lateOrders) {
		this.todos = todos;
		this.lateOrders = lateOrders;
		this.clock = clock;
		this.agreementQueries = agreementQueries;
		this.activityFigures = activityFigures;
		this.activities = activities;
		this.figures = figures;
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
		HomeReminders reminders = reminders(LocalDate.now(this.clock));
		// what needs the person now comes first; the reminder cards below leave out
		// what the role's to-do list already shows
		model.addAttribute("todos", this.todos.of(scope, reminders));
		model.addAttribute("inTodos", switch (scope.role()) {
			case STAFF -> Set.of("red", "ending");
			case LIAISON -> Set.of("ending");
			default -> Set.of();
		});
		fill(scope, reminders, model);
		return VIEW;
	}

	/**
	 * Agreements ending within 60 days and agreements in the red, in the current scope,
	 * each counted by the agreement list; read once, for the to-do list and the cards.
	 */
	private HomeReminders reminders(LocalDate today) {
		LocalDate to = today.plusDays(60);
		return new HomeReminders(this.agreementQueries.count(AgreementFilter.activeEnding(today, to)), to,
				this.agreements.endingSoon(SHOWN).first(),
				this.agreementQueries.count(AgreementFilter.activeOfColour(Rag.RED)),
				this.agreements.redCommitments(SHOWN).first(), today);
	}

	private void fill(DataScope scope, HomeReminders reminders, Model model) {
		model.addAttribute("scope", scope);
		LocalDate today = reminders.today();
		// every figure is counted by the list it links to (DashboardFigure)
		Map<String, DashboardFigure> figures = new LinkedHashMap<>();
		// the sub-district-wide figures of staff are reused for a few seconds
		if (scope.isAll()) {
			DashboardFigures.StaffFigures staff = this.figures.staff(scope, today);
			for (DashboardFigure f : List.of(staff.networks(), staff.organisations(), staff.units(), staff.vacant(),
					staff.monthHours())) {
				figures.put(f.key(), f);
			}
			figures.put("pending", DashboardFigure.count("pending", this.requests.countPending(), "/units/requests"));
			if (scope.role() == Role.ADMIN) {
				figures.put("accounts", DashboardFigure.count("accounts", this.accounts.count(), "/admin/accounts"));
			}
			// orders late per stage, amber and red, each linking to the order list
			model.addAttribute("lateOrders", this.lateOrders.byStage());
			// the first eight planned ones only, not every activity of the fortnight
			model.addAttribute("upcomingActivities", this.activities.upcoming(today.plusDays(13), SHOWN));
		}
		else if (scope.isSecretary()) {
			this.scopes.currentUser().map((u) -> u.getScopeOrganisationId()).ifPresent((orgId) -> {
				model.addAttribute("organisationName", this.structure.name(orgId).orElse(""));
				figures.put("subtree", DashboardFigure.count("subtree", this.structure.count(orgId, null, false),
						DashboardFigure.link("/structure/organisations", "under", orgId)));
			});
			figures.put("units", DashboardFigure.count("units", this.units.count(UnitService.active()),
					DashboardFigure.link("/units", "status", "ACTIVE")));
		}
		else if (scope.isLiaison() && scope.unitId() != null) {
			addLiaisonModel(model, scope.unitId(), figures, today);
		}
		// reminders for everyone, each in their own scope: agreements ending within 60
		// days and agreements in the red, counted by the agreement list
		figures.put("ending", DashboardFigure.count("ending", reminders.ending(), reminders.endingLink()));
		figures.put("red", DashboardFigure.count("red", reminders.red(), reminders.redLink()));
		model.addAttribute("figures", figures);
		// the soonest eight of the ending agreements, and the first red commitments
		model.addAttribute("endingFirst", reminders.endingFirst());
		model.addAttribute("redFirst", reminders.redFirst());
	}

	private void addLiaisonModel(Model model, Long unitId, Map<String, DashboardFigure> figures, LocalDate today) {
		try {
			model.addAttribute("myUnit", this.units.detail(unitId));
		}
		catch (UnitNotFoundException ex) {
			return;
		}
		model.addAttribute("upcomingActivities", this.activities.upcomingWithUnit(unitId, SHOWN));
		figures.put("unitHours", DashboardFigure.hours("unitHours",
				this.activityFigures.hours(ActivityFigures.heldWithUnit(today.getYear(), unitId)),
				DashboardFigure.link("/activities", "status", "HELD", "year", today.getYear(), "unit", unitId)));
		boolean open = this.liaisons.selfServiceOpen(unitId);
		model.addAttribute("selfService", open);
		if (open) {
			model.addAttribute("myRequests", this.requests.forUnit(unitId));
		}
	}

}
