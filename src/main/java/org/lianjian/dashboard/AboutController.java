package org.lianjian.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.lianjian.shared.web.Crumb;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The about page: what the portal is and which build is running. It reads nothing from
 * the database, so it is also the load benchmark's ceiling (the cheapest page that still
 * goes through security, the session and the layout).
 */
@Controller
class AboutController {

	private final AboutView about;

	AboutController(ObjectProvider<BuildProperties> build, Clock clock) {
		DateTimeFormatter builtAt = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
		BuildProperties properties = build.getIfAvailable();
		if (properties == null) {
			this.about = new AboutView(null, null);
		}
		else {
			Instant time = properties.getTime();
			this.about = new AboutView(properties.getVersion(), (time != null) ? builtAt.format(time) : null);
		}
	}

	@GetMapping("/about")
	String showAbout(Model model) {
		model.addAttribute("about", this.about);
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("about.title", null)));
		return "dashboard/about";
	}

}
