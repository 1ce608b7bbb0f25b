package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lianjian.support.TestClock;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly agreement expiry and the dashboard's red list on the portal's clock,
 * stopped on both sides of a year end in the portal's zone (Asia/Shanghai, UTC+8):
 * 2026-12-31 23:59 there is 15:59 UTC, and 2027-01-01 00:30 there is still 2026-12-31
 * 16:30 UTC.
 *
 * <p>
 * Two agreements in force: one ending on 2026-12-31 with a commitment far behind (red on
 * the last day, expired after midnight and so off the red list), and one ending on
 * 2027-01-01 whose commitment was fully delivered in 2026 (green on the last day of 2026,
 * red on 2027-01-01, the last day of its term, with nothing delivered in 2027). Runs in a
 * transaction that is rolled back, so the demo data is not expired for the other tests.
 */
@WebIntegrationTest
@Transactional
class YearEndClockTests {

	/** 2026-12-31 23:59 in Shanghai. */
	static final Instant LAST_MINUTE = Instant.parse("2026-12-31T15:59:00Z");

	/** 2027-01-01 00:30 in Shanghai, still 2026-12-31 in UTC. */
	static final Instant AFTER_MIDNIGHT = Instant.parse("2026-12-31T16:30:00Z");

	@Autowired
	TestClock clock;

	@Autowired
	AgreementExpiryJob job;

	@Autowired
	AgreementService service;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManager entities;

	@Autowired
	UserDetailsService userDetails;

	@BeforeEach
	void logIn() {
		UserDetails staff = this.userDetails.loadUserByUsername("staff");
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
	}

	@AfterEach
	void restore() {
		this.clock.reset();
		SecurityContextHolder.clearContext();
	}

	@Test
	void shouldExpireAndJudgeTheRedListOnTheClocksDayAcrossTheYearEnd() {
		Long ending = agreement(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
		Long behind = commitment(ending, "10", LocalDate.of(2026, 3, 1), "2");
		Long running = agreement(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1));
		Long delivered = commitment(running, "4", LocalDate.of(2026, 6, 1), "4");

		this.clock.stopAt(LAST_MINUTE);
		this.job.run();
		this.entities.flush();
		assertThat(status(ending)).as("last day of its term").isEqualTo("ACTIVE");
		assertThat(status(running)).isEqualTo("ACTIVE");
		assertThat(red()).as("red on 2026-12-31").contains(behind).doesNotContain(delivered);

		this.clock.stopAt(AFTER_MIDNIGHT);
		this.job.run();
		this.entities.flush();
		assertThat(status(ending)).as("term ended yesterday in Shanghai").isEqualTo("EXPIRED");
		assertThat(status(running)).as("last day of its term").isEqualTo("ACTIVE");
		assertThat(red()).as("red on 2027-01-01").contains(delivered).doesNotContain(behind);
	}

	private List<Long> red() {
		return this.service.redCommitments(100_000)
			.first()
			.stream()
			.map(AgreementService.RedCommitment::commitmentId)
			.toList();
	}

	private String status(Long agreement) {
		return this.jdbc.queryForObject("select status from agreement where id = ?", String.class, agreement);
	}

	private Long agreement(LocalDate start, LocalDate end) {
		Long org = this.jdbc.queryForObject(
				"select id from organisation where type = 'RESIDENTIAL_PARTY_ORG' order by id limit 1", Long.class);
		return this.jdbc.queryForObject("""
				insert into agreement (number, title, level, community_org_id, status, term_start, term_end)
				values (?, 'year end', 'BRANCH', ?, 'ACTIVE', ?, ?) returning id""", Long.class,
				"YE" + System.nanoTime() % 1_000_000_000L, org, start, end);
	}

	private Long commitment(Long agreement, String target, LocalDate on, String quantity) {
		Long commitment = this.jdbc.queryForObject("""
				insert into commitment (agreement_id, description, area, target_quantity, target_unit)
				values (?, 'year end', 'CULTURE', ?, 'x') returning id""", Long.class, agreement,
				new BigDecimal(target));
		this.jdbc.update("""
				insert into fulfilment (commitment_id, agreement_id, happened_on, description, quantity)
				values (?, ?, ?, 'year end', ?)""", commitment, agreement, on, new BigDecimal(quantity));
		return commitment;
	}

}
