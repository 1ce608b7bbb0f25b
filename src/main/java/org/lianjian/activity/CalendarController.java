package org.lianjian.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.Crumb;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

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

	CalendarController(ActivityService activities, Clock clock, ScopeService scopes) {
		this.scopes = scopes;
		this.activities = activities;
		this.clock = clock;
	}

	@GetMapping("/activities/calendar")
	String showMonth(@RequestParam(required = false) @Nullable String month,
			@RequestParam(required = false) @Nullable String year,
			@RequestParam(required = false) @Nullable String type, Model model, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(this.clock);
		String canonical = canonical(month, year, type, YearMonth.from(today), redirect);
		if (canonical != null) {
			return "redirect:" + canonical;
		}
		YearMonth shown = Objects.requireNonNull(parseMonth(month, YearMonth.from(today)));
		ActivityType filter = parseType(type);
		model.addAttribute("cal", this.activities.calendarMonth(shown, filter, today));
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("canCreate", this.activities.canCreate());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("calendar.title", null)));

		return VIEW;
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
		model.addAttribute("canCreate", this.activities.canCreate());
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("calendar.title", "/activities/calendar?month=" + YearMonth.from(day)),
						Crumb.text(day.toString(), null)));
		return VIEW_DAY;
	}

	/**
	 * The canonical address of a month asked for in another form:
	 * {@code ?year=2027&month=2} (or a year alone) becomes {@code ?month=2027-02}; a year
	 * or month that cannot be shown becomes this month, with a message saying so.
	 * @return the address to redirect to, or null when the request is canonical already
	 */
	static @Nullable String canonical(@Nullable String month, @Nullable String year, @Nullable String type,
			YearMonth current, RedirectAttributes redirect) {
		boolean hasYear = year != null && !year.isBlank();
		boolean hasMonth = month != null && !month.isBlank();
		if (!hasYear && (!hasMonth || parseMonth(month, null) != null)) {
			return null;
		}
		YearMonth target = null;
		if (hasYear) {
			Integer y = parseInt(year, 1900, 2200);
			Integer m = hasMonth ? parseInt(month, 1, 12)
					: Integer.valueOf(y != null && y == current.getYear() ? current.getMonthValue() : 1);
			target = (y == null || m == null) ? null : YearMonth.of(y, m);
		}
		if (target == null) {
			redirect.addFlashAttribute("error", "calendar.month.invalid");
		}
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/activities/calendar")
			.queryParam("month", (target == null) ? current : target);
		ActivityType filter = parseType(type);
		if (filter != null) {
			uri.queryParam("type", filter.name());
		}
		return uri.build().toUriString();
	}

	private static @Nullable Integer parseInt(@Nullable String text, int min, int max) {
		if (text == null || !text.strip().matches("\\d{1,4}")) {
			return null;
		}
		int value = Integer.parseInt(text.strip());
		return (value < min || value > max) ? null : value;
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

	static @Nullable YearMonth parseMonth(@Nullable String month, @Nullable YearMonth fallback) {
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
