package org.lianjian.demo;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Prints where the portal is and, with demo data, how to log in.
 */
@Component
class ReadyBanner {

	private final Environment env;

	ReadyBanner(Environment env) {
		this.env = env;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		String port = this.env.getProperty("local.server.port");
		if (port == null) {
			return;
		}
		StringBuilder sb = new StringBuilder("\n\n  Lianjian portal is ready: http://localhost:").append(port)
			.append('/');
		if (DemoDataLoader.demoDataEnabled(this.env)) {
			sb.append("\n  Demo logins (password ").append(DemoDataGenerator.DEMO_PASSWORD).append("): ");
			sb.append(String.join(", ", DemoDataLoader.demoLogins()));
		}
		sb.append("\n");
		System.out.println(sb);
	}

}
