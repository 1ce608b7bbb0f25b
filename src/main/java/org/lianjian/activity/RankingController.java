package org.lianjian.activity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.Crumb;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The units' volunteer-hours ranking for a year, absolute and per 100 staff. Readable by
 * everyone signed in (aggregates only).
 */
@Controller
class RankingController {

	private final RankingService ranking;

	RankingController(RankingService ranking) {
		this.ranking = ranking;
	}

	@GetMapping("/activities/ranking")
	String showRanking(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int thisYear = LocalDate.now().getYear();
		int y = (year == null || year < 2000 || year > thisYear + 1) ? thisYear : year;
		model.addAttribute("year", y);
		model.addAttribute("rows", this.ranking.ranking(y));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("ranking.title.short", null)));
		return "activity/ranking";
	}

}
