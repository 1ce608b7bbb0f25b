package org.lianjian.matching;

import java.time.Clock;
import java.time.LocalDate;

import org.lianjian.project.ProjectService;
import org.lianjian.project.ProjectViews;
import org.lianjian.shared.web.Crumb;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The project page's tab of the needs the project serves, in the reader's scope.
 */
@Controller
class ProjectNeedsController {

	private final ProjectService projects;

	private final NeedQueries needs;

	private final MatchingAccess access;

	private final Clock clock;

	ProjectNeedsController(ProjectService projects, NeedQueries needs, MatchingAccess access, Clock clock) {
		this.projects = projects;
		this.needs = needs;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/projects/{id:\\d+}/needs")
	String showForProject(@PathVariable Long id, Model model) {
		ProjectViews.Detail project = this.projects.detail(id);
		model.addAttribute("project", project);
		model.addAttribute("needs", this.needs.ofProject(this.access.scope(), id, LocalDate.now(this.clock)));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.projects", "/projects"),
				Crumb.text(project.name(), "/projects/" + id), Crumb.key("matching.project.tab", null)));
		return "matching/project-tab";
	}

}
