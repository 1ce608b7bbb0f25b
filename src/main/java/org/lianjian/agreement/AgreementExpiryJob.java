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
 * Marks agreements past their end date as expired, then finds the commitments that the
 * passing of time turned red ({@link RedWatch#checkAll}): every night at 00:05 in the
 * portal's zone, and once at start-up so a portal that was down over midnight catches up.
 */
@Component
class AgreementExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(AgreementExpiryJob.class);

	private final AgreementService agreements;

	private final RedWatch redWatch;

	private final Clock clock;

	AgreementExpiryJob(AgreementService agreements, RedWatch redWatch, Clock clock) {
		this.agreements = agreements;
		this.redWatch = redWatch;
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
		LocalDate today = LocalDate.now(this.clock);
		int expired = this.agreements.expireEnded(today);
		if (expired > 0) {
			log.info("{} agreement(s) expired", expired);
		}
		int red = this.redWatch.checkAll(today);
		if (red > 0) {
			log.info("{} commitment(s) turned red", red);
		}
		return expired;
	}

}
