package org.lianjian.activity;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.Crumb;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The units' volunteer-hours ranking for a year, absolute and per 100 staff. Everyone
 * signed in reads every unit's place and name; the figures and the link to the unit only
 * for the units in their scope.
 */
@Controller
class RankingController {

	private final RankingService ranking;

	private final ScopeService scopes;

	private final Clock clock;

	RankingController(RankingService ranking, ScopeService scopes, Clock clock) {
		this.ranking = ranking;
		this.scopes = scopes;
		this.clock = clock;
	}

	@GetMapping("/activities/ranking")
	String showRanking(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		int y = (year == null || year < 2000 || year > thisYear + 1) ? thisYear : year;
		model.addAttribute("year", y);
		model.addAttribute("rows", this.ranking.ranking(y, this.scopes.current()));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("ranking.title.short", null)));
		return "activity/ranking";
	}

}
