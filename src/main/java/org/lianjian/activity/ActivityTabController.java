package org.lianjian.activity;

import java.util.List;

import org.lianjian.project.ProjectFilter;
import org.lianjian.project.ProjectService;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.PageTabContributor;
import org.lianjian.unit.UnitService;
import org.lianjian.unit.UnitView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The "activities and projects" tab of a unit: this year's activities it is a partner of
 * and its volunteer hours. The unit's scope is checked first (404 outside it).
 */
@Controller
class ActivityTabController {

	private final UnitService units;

	private final ActivityService activities;

	private final List<PageTabContributor> tabContributors;

	private final ProjectService projects;

	ActivityTabController(UnitService units, ActivityService activities, List<PageTabContributor> tabContributors,
			ProjectService projects) {
		this.projects = projects;
		this.units = units;
		this.activities = activities;
		this.tabContributors = tabContributors;
	}

	@GetMapping("/units/{id}/activities")
	String showForUnit(@PathVariable Long id, Model model) {
		UnitView unit = this.units.detail(id);
		model.addAttribute("unit", unit);
		model.addAttribute("tab", ActivityTabs.KEY);
		model.addAttribute("tabs", UnitService.PAGE_TABS);
		model.addAttribute("extraTabs", this.tabContributors.stream().flatMap((c) -> c.unitTabs(id).stream()).toList());
		model.addAttribute("data", this.activities.forUnitThisYear(id));
		model.addAttribute("projects",
				this.projects.search(new ProjectFilter(null, null, null, null, id, null, null)).content());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("unit.list.title", "/units"),
				Crumb.text(unit.name(), "/units/" + id), Crumb.key("activity.tab.title", null)));
		return "activity/unit-tab";
	}

	@GetMapping("/projects/{id}/activities")
	String showForProject(@PathVariable Long id, Model model) {
		var project = this.projects.detail(id);
		model.addAttribute("project", project);
		model.addAttribute("activities", this.activities.forProject(id));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.projects", "/projects"),
				Crumb.text(project.name(), "/projects/" + id), Crumb.key("activity.project.tab", null)));
		return "activity/project-tab";
	}

}
