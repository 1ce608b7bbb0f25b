package org.lianjian.agreement;

import java.time.LocalDate;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Marks agreements past their end date as expired: every night at 00:05 Shanghai time,
 * and once at start-up so a portal that was down over midnight catches up.
 */
@Component
class AgreementExpiryJob {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	private static final Logger log = LoggerFactory.getLogger(AgreementExpiryJob.class);

	private final AgreementService agreements;

	AgreementExpiryJob(AgreementService agreements) {
		this.agreements = agreements;
	}

	@Scheduled(cron = "0 5 0 * * *", zone = "Asia/Shanghai")
	void nightly() {
		run();
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartup() {
		run();
	}

	int run() {
		int expired = this.agreements.expireEnded(LocalDate.now(SHANGHAI));
		if (expired > 0) {
			log.info("{} agreement(s) expired", expired);
		}
		return expired;
	}

}
