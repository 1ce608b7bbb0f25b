package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks agreements past their end date as expired: every night at 00:05 in the portal's
 * zone, and once at start-up so a portal that was down over midnight catches up.
 */
@Component
class AgreementExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(AgreementExpiryJob.class);

	private final AgreementService agreements;

	private final Clock clock;

	AgreementExpiryJob(AgreementService agreements, Clock clock) {
		this.agreements = agreements;
		this.clock = clock;
	}

	@Scheduled(cron = "0 5 0 * * *", zone = "${portal.zone}")
	void nightly() {
		run();
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartup() {
		run();
	}

	int run() {
		int expired = this.agreements.expireEnded(LocalDate.now(this.clock));
		if (expired > 0) {
			log.info("{} agreement(s) expired", expired);
		}
		return expired;
	}

}
