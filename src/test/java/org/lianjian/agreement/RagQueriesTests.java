package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.lianjian.account.DataScope;
import org.lianjian.support.WebIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule written in SQL ({@link RagQueries}) gives the same colour as {@link Rag#of}
 * (through {@link CommitmentStanding#rag}) for every commitment of the demo data and of a
 * sample made for the boundaries, judged on several days of the year.
 */
@WebIntegrationTest
class RagQueriesTests {

	@Autowired
	RagQueries queries;

	@Autowired
	AgreementListQueries listQueries;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AgreementRepository agreements;

	@Autowired
	AgreementSearch service;

	@Test
	void shouldJudgeLikeTheJavaRule() {
		LocalDate today = LocalDate.now();
		int year = today.getYear();
		addSample(today);
		List<Long> ids = this.jdbc.queryForList("select id from agreement where status in ('ACTIVE', 'EXPIRED')",
				Long.class);
		List<LocalDate> days = new ArrayList<>(
				List.of(today, LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 14), LocalDate.of(year, 6, 30),
						LocalDate.of(year, 9, 30), LocalDate.of(year, 10, 5), LocalDate.of(year, 12, 31)));
		Set<Rag> seen = EnumSet.noneOf(Rag.class);
		int judged = 0;
		for (LocalDate day : days) {
			Map<Long, Rag> java = new HashMap<>();
			for (CommitmentStanding c : this.listQueries.standings(ids, day)) {
				java.put(c.commitmentId(), c.rag(day));
			}
			Map<Long, Rag> sql = this.queries.commitmentRags(ids, day);
			assertThat(sql).as("judged on %s", day).isEqualTo(java);
			seen.addAll(java.values());
			judged += java.size();
		}
		// the sample must be able to tell the colours apart
		assertThat(seen).containsExactlyInAnyOrder(Rag.values());
		assertThat(judged).isGreaterThan(100);
	}

	@Test
	void shouldFilterTheListOnTheSameColourAsTheJavaRule() {
		addSample(LocalDate.now());
		LocalDate today = LocalDate.now();
		List<JointBuildingAgreement> all = this.agreements.findAll();
		Map<Long, Rag> java = this.service.rags(all, today);
		for (Rag rag : Rag.values()) {
			AgreementFilter filter = new AgreementFilter(null, null, null, null, null, null, null, rag, null);
			RagQueries.IdPage page = this.queries.agreementsByRag(DataScope.SYSTEM, filter, today, 0, 100_000);
			List<Long> expected = all.stream()
				.filter((a) -> java.get(a.getId()) == rag)
				.sorted(Comparator.comparing(JointBuildingAgreement::getTermStart)
					.thenComparing(JointBuildingAgreement::getId)
					.reversed())
				.map(JointBuildingAgreement::getId)
				.toList();
			assertThat(page.ids()).as(rag.name()).isEqualTo(expected);
			assertThat(page.total()).isEqualTo(expected.size());
			assertThat(expected).isNotEmpty();
			// a page further on and the total still right
			RagQueries.IdPage second = this.queries.agreementsByRag(DataScope.SYSTEM, filter, today, 1, 2);
			assertThat(second.ids()).isEqualTo(expected.subList(1, Math.min(3, expected.size())));
			assertThat(second.total()).isEqualTo(expected.size());
		}
	}

	/**
	 * Agreements over the boundaries: terms inside the year, across it, ended in an
	 * earlier year; targets null, small and large; deliveries around 50% and 100%.
	 */
	private void addSample(LocalDate today) {
		int year = today.getYear();
		Long org = this.jdbc.queryForObject(
				"select id from organisation where type = 'RESIDENTIAL_PARTY_ORG' order by id limit 1", Long.class);
		LocalDate[][] terms = { { LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31) },
				{ LocalDate.of(year, 3, 1), LocalDate.of(year, 9, 30) },
				{ LocalDate.of(year, 7, 1), LocalDate.of(year + 2, 6, 30) },
				{ LocalDate.of(year - 2, 1, 1), LocalDate.of(year - 1, 12, 31) },
				{ LocalDate.of(year - 1, 6, 1), LocalDate.of(year, 2, 28) } };
		String[] targets = { null, "1", "4", "10", "365" };
		String[] delivered = { "0", "0.5", "1", "2", "4.99", "5", "9.99", "10", "200" };
		int n = 0;
		for (LocalDate[] term : terms) {
			for (String status : List.of("ACTIVE", "EXPIRED")) {
				Long agreement = this.jdbc.queryForObject("""
						insert into agreement (number, title, level, community_org_id, status, term_start, term_end)
						values (?, 'rag sample', 'BRANCH', ?, ?, ?, ?) returning id""", Long.class,
						"RAG" + System.nanoTime() % 1_000_000_000L + n++, org, status, term[0], term[1]);
				for (String target : targets) {
					for (String d : delivered) {
						Long commitment = this.jdbc.queryForObject("""
								insert into commitment (agreement_id, description, area, target_quantity, target_unit)
								values (?, 'rag sample', 'CULTURE', ?, 'x') returning id""", Long.class, agreement,
								number(target));
						// delivered in the last year of the term, split over two records
						int y = Math.min(year, term[1].getYear());
						LocalDate on = term[0].getYear() == y ? term[0] : LocalDate.of(y, 1, 1);
						BigDecimal half = new BigDecimal(d).divide(BigDecimal.valueOf(2));
						for (LocalDate day : List.of(on, on.plusDays(20))) {
							this.jdbc.update(
									"""
											insert into fulfilment (commitment_id, agreement_id, happened_on, description, quantity)
											values (?, ?, ?, 'rag sample', ?)""",
									commitment, agreement, day, half);
						}
					}
				}
			}
		}
	}

	private static @Nullable BigDecimal number(@Nullable String value) {
		return value == null ? null : new BigDecimal(value);
	}

}
