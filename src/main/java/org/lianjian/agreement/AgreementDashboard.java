package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;

import org.lianjian.account.ScopeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dashboard shows of agreements, in the current user's scope: those ending soon
 * and the red commitments.
 */
@Service
class AgreementDashboard {

	private final AgreementReminders reminders;

	private final RagQueries ragQueries;

	private final ScopeService scopes;

	private final Clock clock;

	AgreementDashboard(AgreementReminders reminders, RagQueries ragQueries, ScopeService scopes, Clock clock) {
		this.reminders = reminders;
		this.ragQueries = ragQueries;
		this.scopes = scopes;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	AgreementService.EndingSoon endingSoon(int shown) {
		LocalDate today = LocalDate.now(this.clock);
		return this.reminders.ending(this.scopes.current(), today, today.plusDays(60), shown);
	}

	@Transactional(readOnly = true)
	AgreementService.RedCommitments redCommitments(int shown) {
		return this.ragQueries.red(this.scopes.current(), LocalDate.now(this.clock), shown);
	}

}
