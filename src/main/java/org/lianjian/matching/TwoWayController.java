package org.lianjian.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.activity.ActivityFigures;
import org.lianjian.project.ProjectService;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.PageTabContributor;
import org.lianjian.unit.UnitService;
import org.lianjian.unit.UnitView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The two-way service tab of the unit page (双向服务, {@link TwoWay}) for a year: what the
 * unit gave (its activities and positions through {@link ActivityFigures}, its project
 * contributions through {@link ProjectService}, the orders it delivered) and what the
 * community gave it (its own needs met), with the ratings it received. Whoever may see
 * the unit page sees the tab ({@link UnitService#detail}, 404 outside the scope). A year
 * that is not a whole number from 2000 to this year shows this year.
 */
@Controller
class TwoWayController {

	private final UnitService units;

	private final ActivityFigures activities;

	private final ProjectService projects;

	private final TwoWayQueries queries;

	private final MatchingAccess access;

	private final List<PageTabContributor> tabContributors;

	private final Clock clock;

	TwoWayController(UnitService units, ActivityFigures activities, ProjectService projects, TwoWayQueries queries,
			MatchingAccess access, List<PageTabContributor> tabContributors, Clock clock) {
		this.units = units;
		this.activities = activities;
		this.projects = projects;
		this.queries = queries;
		this.access = access;
		this.tabContributors = tabContributors;
		this.clock = clock;
	}

	@GetMapping("/units/{id:\\d+}/two-way")
	String showForUnit(@PathVariable Long id, @RequestParam(required = false) @Nullable String year, Model model) {
		UnitView unit = this.units.detail(id);
		int thisYear = LocalDate.now(this.clock).getYear();
		int y = TwoWay.year(year, thisYear);
		DataScope scope = this.access.scope();
		TwoWay data = new TwoWay(y, thisYear, this.activities.ofUnit(id, y), this.projects.contributionsOf(id, y),
				this.queries.delivered(scope, id, y), this.queries.met(scope, id, y), this.queries.ratings(scope, id));
		model.addAttribute("unit", unit);
		model.addAttribute("tab", MatchingTabs.UNIT_KEY);
		model.addAttribute("tabs", UnitService.PAGE_TABS);
		model.addAttribute("extraTabs", this.tabContributors.stream().flatMap((c) -> c.unitTabs(id).stream()).toList());
		model.addAttribute("data", data);
		model.addAttribute("ownUnit", scope.isLiaison() && id.equals(scope.unitId()));
		model.addAttribute("staff", scope.isStaff());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("unit.list.title", "/units"),
				Crumb.text(unit.name(), "/units/" + id), Crumb.key("matching.twoway.tab", null)));
		return "matching/unit-two-way";
	}

}
