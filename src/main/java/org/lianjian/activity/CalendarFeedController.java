package org.lianjian.activity;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.lianjian.account.DataScope;
import org.lianjian.account.PortalUser;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.Crumb;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * iCalendar feeds: the public feed of public activities, and each user's private feed
 * (activities in their scope) behind a secret token; plus the page where a user creates
 * or regenerates that token.
 */
@Controller
class CalendarFeedController {

	static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

	/** The feeds cover the last 3 months and the next 12. */
	static final int MONTHS_BACK = 3;

	static final int MONTHS_AHEAD = 12;

	private final ActivityService activities;

	private final CalendarFeedService feeds;

	private final ScopeService scopes;

	private final MessageSource messages;

	private final Clock clock;

	private final String uidDomain;

	CalendarFeedController(ActivityService activities, CalendarFeedService feeds, ScopeService scopes,
			MessageSource messages, Clock clock, @Value("${portal.ical.uid-domain:lianjian.local}") String uidDomain) {
		this.uidDomain = uidDomain;
		this.activities = activities;
		this.feeds = feeds;
		this.scopes = scopes;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/calendar.ics")
	ResponseEntity<String> publicFeed() {
		LocalDate today = LocalDate.now(this.clock);
		List<ActivityView> list = this.activities.publicInRange(today.minusMonths(MONTHS_BACK),
				today.plusMonths(MONTHS_AHEAD), null);
		return ics("calendar.feed.name.public", list);
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<String> privateFeed(@PathVariable String token) {
		DataScope scope = this.feeds.accountOf(token)
			.flatMap(this.scopes::scopeOfAccount)
			.orElseThrow(CalendarFeedNotFoundException::new);
		LocalDate today = LocalDate.now(this.clock);
		List<ActivityView> list = this.activities.inRange(today.minusMonths(MONTHS_BACK),
				today.plusMonths(MONTHS_AHEAD), null, scope);
		return ics("calendar.feed.name.private", list);
	}

	@GetMapping("/account/calendar")
	String showFeeds(@AuthenticationPrincipal PortalUser user, Model model) {
		model.addAttribute("publicUrl", base() + "/calendar.ics");
		model.addAttribute("createdAt",
				this.feeds.createdAt(user.getId())
					.map((i) -> LocalDateTime.ofInstant(i, this.clock.getZone()))
					.orElse(null));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("calendar.title", "/activities/calendar"),
				Crumb.key("calendar.feed.title", null)));
		return "activity/calendar-feed";
	}

	@PostMapping("/account/calendar")
	String regenerate(@AuthenticationPrincipal PortalUser user, RedirectAttributes redirect) {
		String token = this.feeds.regenerate(user.getId());
		redirect.addFlashAttribute("feedUrl", base() + "/calendar/" + token + ".ics");
		return "redirect:/account/calendar";
	}

	private ResponseEntity<String> ics(String nameKey, List<ActivityView> list) {
		String name = this.messages.getMessage(nameKey, null, LocaleContextHolder.getLocale());
		String body = IcalWriter.write(name, list, base(), this.uidDomain, this.clock.getZone());
		return ResponseEntity.ok()
			.contentType(TEXT_CALENDAR)
			.header("Cache-Control", "private, max-age=300")
			.body(body);
	}

	private static String base() {
		return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
	}

}
