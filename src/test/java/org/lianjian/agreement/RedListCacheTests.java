package org.lianjian.agreement;

import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import org.lianjian.support.DataCaches;
import org.lianjian.support.StatementCounter;
import org.lianjian.support.Users;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cached red list is emptied after the commit of a change, not inside its
 * transaction: a reader that fills the cache while the change is still uncommitted (and
 * so reads the data before it) does not keep the old list past the commit.
 */
@WebIntegrationTest
class RedListCacheTests {

	@Autowired
	AgreementService agreements;

	@Autowired
	AgreementQueries queries;

	@Autowired
	StatementCounter statements;

	@Autowired
	Users users;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CacheManager caches;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void shouldNotKeepARedListReadBeforeTheChangeCommitted() throws Exception {
		Long agreement = redAgreement();
		try {
			DataCaches.withCacheOn(this.caches, RagQueries.RED_CACHE, () -> {
				long before = red();
				new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
					this.users.call("staff", () -> {
						this.agreements.terminate(agreement, "red list cache test");
						return null;
					});
					// another user reads the list while the termination is not committed
					assertThat(CompletableFuture.supplyAsync(this::red).join()).isEqualTo(before);
				});
				assertThat(red()).as("red commitments after the termination committed").isEqualTo(before - 1);
			});
		}
		finally {
			remove(agreement);
		}
	}

	@Test
	void shouldNotKeepARedCountReadBeforeTheChangeCommitted() throws Exception {
		Long agreement = redAgreement();
		try {
			DataCaches.withCacheOn(this.caches, RagQueries.RED_CACHE, () -> {
				long[] counted = new long[1];
				long first = this.statements.during(() -> counted[0] = redAgreements());
				long before = counted[0];
				// the second count reads only the reader's scope, not the colours again
				assertThat(this.statements.during(this::redAgreements)).as("statements to count again, from the cache")
					.isLessThan(first);
				new TransactionTemplate(this.transactions).executeWithoutResult((status) -> {
					this.users.call("staff", () -> {
						this.agreements.terminate(agreement, "red count cache test");
						return null;
					});
					assertThat(CompletableFuture.supplyAsync(this::redAgreements).join()).isEqualTo(before);
				});
				assertThat(redAgreements()).as("red agreements after the termination committed").isEqualTo(before - 1);
			});
		}
		finally {
			remove(agreement);
		}
	}

	/**
	 * The home page's count of red agreements in force, as the agreement list counts
	 * them.
	 */
	private long redAgreements() {
		return this.users.call("staff", () -> this.queries.count(AgreementFilter.activeOfColour(Rag.RED)));
	}

	private long red() {
		return this.users.call("staff", () -> this.agreements.redCommitments(8).count());
	}

	/** An agreement in force whose term ended yesterday with nothing delivered: red. */
	private Long redAgreement() {
		Long org = this.jdbc.queryForObject(
				"select id from organisation where type = 'RESIDENTIAL_PARTY_ORG' order by id limit 1", Long.class);
		LocalDate end = LocalDate.now().minusDays(1);
		Long agreement = this.jdbc.queryForObject("""
				insert into agreement (number, title, level, community_org_id, status, term_start, term_end)
				values (?, 'red cache test', 'BRANCH', ?, 'ACTIVE', ?, ?) returning id""", Long.class,
				"RC" + System.nanoTime() % 1_000_000_000L, org, end.minusDays(400), end);
		this.jdbc.update("""
				insert into commitment (agreement_id, description, area, target_quantity, target_unit)
				values (?, 'red cache commitment', 'CULTURE', 100, 'x')""", agreement);
		return agreement;
	}

	private void remove(Long agreement) {
		this.jdbc.update("delete from agreement_change where agreement_id = ?", agreement);
		this.jdbc.update("delete from commitment where agreement_id = ?", agreement);
		this.jdbc.update("delete from agreement where id = ?", agreement);
	}

}
