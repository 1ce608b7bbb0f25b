package org.lianjian.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.RenderedPages;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The activity calendar: one month, optionally of one type, of the activities the user
 * may see, each day with its first few activities and a link to the whole day. One month
 * grid, laid out as a list by day on phones.
 */
@Controller
class CalendarController {

	static final String VIEW = "activity/calendar";

	static final String VIEW_DAY = "activity/calendar-day";

	private final ActivityService activities;

	private final Clock clock;

	private final ScopeService scopes;

	private final RenderedPages rendered;

	CalendarController(ActivityService activities, Clock clock, ScopeService scopes, RenderedPages rendered) {
		this.scopes = scopes;
		this.rendered = rendered;
		this.activities = activities;
		this.clock = clock;
	}

	@GetMapping("/activities/calendar")
	String showMonth(@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String type, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		LocalDate today = LocalDate.now(this.clock);
		return this.rendered.page(VIEW, "activities", List.of(this.scopes.current(), today), request, response, model,
				() -> {
					YearMonth shown = parseMonth(month, YearMonth.from(today));
					ActivityType filter = parseType(type);
					model.addAttribute("cal", this.activities.calendarMonth(shown, filter, today));
					model.addAttribute("types", ActivityType.values());
					model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("calendar.title", null)));
				});
	}

	/**
	 * Every activity of one day, where a busy day cell of the month links to.
	 */
	@GetMapping("/activities/calendar/day")
	String showDay(@RequestParam(required = false) @Nullable String date,
			@RequestParam(required = false) @Nullable String type, Model model) {
		LocalDate day = parseDay(date, LocalDate.now(this.clock));
		ActivityType filter = parseType(type);
		model.addAttribute("day", day);
		model.addAttribute("type", filter);
		model.addAttribute("entries", this.activities.calendarDay(day, filter));
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("calendar.title", "/activities/calendar?month=" + YearMonth.from(day)),
						Crumb.text(day.toString(), null)));
		return VIEW_DAY;
	}

	static LocalDate parseDay(@Nullable String date, LocalDate fallback) {
		if (date == null || date.isBlank()) {
			return fallback;
		}
		try {
			LocalDate d = LocalDate.parse(date.strip());
			return (d.getYear() < 1900 || d.getYear() > 2200) ? fallback : d;
		}
		catch (DateTimeParseException ex) {
			return fallback;
		}
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
