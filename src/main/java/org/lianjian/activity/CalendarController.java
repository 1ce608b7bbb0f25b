package org.lianjian.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.Crumb;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The activity calendar: one month, optionally of one type, of the activities the user
 * may see. A month grid on wide screens, a list by day on phones.
 */
@Controller
class CalendarController {

	static final String VIEW = "activity/calendar";

	private final ActivityService activities;

	private final Clock clock;

	CalendarController(ActivityService activities, Clock clock) {
		this.activities = activities;
		this.clock = clock;
	}

	@GetMapping("/activities/calendar")
	String showMonth(@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String type, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		YearMonth shown = parseMonth(month, YearMonth.from(today));
		ActivityType filter = parseType(type);
		List<ActivityView> list = this.activities.inRange(shown.atDay(1), shown.atEndOfMonth(), filter);
		model.addAttribute("cal", CalendarMonth.of(shown, filter, list, today));
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("calendar.title", null)));
		return VIEW;
	}

	static YearMonth parseMonth(@Nullable String month, YearMonth fallback) {
		if (month == null || month.isBlank()) {
			return fallback;
		}
		try {
			YearMonth m = YearMonth.parse(month.strip());
			return (m.getYear() < 1900 || m.getYear() > 2200) ? fallback : m;
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
	}

	static @Nullable ActivityType parseType(@Nullable String type) {
		if (type == null || type.isBlank()) {
			return null;
		}
		for (ActivityType t : ActivityType.values()) {
			if (t.name().equals(type.strip())) {
				return t;
			}
		}
		return null;
	}

}
