package org.lianjian.dashboard;

import java.time.Instant;
import java.time.ZoneId;
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

	private static final DateTimeFormatter BUILT_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.systemDefault());

	private final AboutView about;

	AboutController(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		if (properties == null) {
			this.about = new AboutView(null, null);
		}
		else {
			Instant time = properties.getTime();
			this.about = new AboutView(properties.getVersion(), (time != null) ? BUILT_AT.format(time) : null);
		}
	}

	@GetMapping("/about")
	String showAbout(Model model) {
		model.addAttribute("about", this.about);
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("about.title", null)));
		return "dashboard/about";
	}

}
