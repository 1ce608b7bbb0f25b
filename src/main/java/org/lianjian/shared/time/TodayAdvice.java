package org.lianjian.shared.time;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page {@code today} from the portal's clock, for the templates' date rules
 * (an agreement ending soon, a milestone overdue, a pairing current), in place of
 * Thymeleaf's {@code #temporals.createToday()}, which reads the system clock.
 */
@ControllerAdvice
class TodayAdvice {

	private final Clock clock;

	TodayAdvice(Clock clock) {
		this.clock = clock;
	}

	@ModelAttribute("today")
	LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
