package org.lianjian.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lianjian.agreement.Rag;
import org.lianjian.unit.AdminRank;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each part of a suggestion's score on its own, then the ranking: every case varies one
 * input of a base offer and checks only the part that reads it.
 */
class SuggestionScoreTests {

	private static final Long CATEGORY = 1L;

	private static final Long AREA = 10L;

	private static final Long PARENT = 100L;

	private static final SuggestionScore.Target NEED = new SuggestionScore.Target(CATEGORY, AREA, PARENT,
			new BigDecimal("10"), Measure.HOURS, AdminRank.SUB_DISTRICT);

	private static SuggestionScore.Offer offer(Long category, Long area, Long parent, String capacity, String used,
			Measure measure, String rating, Rag colour, AdminRank rank) {
		return new SuggestionScore.Offer(category, area, parent, new BigDecimal(capacity), new BigDecimal(used),
				measure, (rating != null) ? new BigDecimal(rating) : null, colour, rank);
	}

	private static SuggestionScore.Offer base() {
		return offer(CATEGORY, AREA, PARENT, "100", "0", Measure.HOURS, "5", Rag.GREEN, AdminRank.SUB_DISTRICT);
	}

	@Test
	void categoryIsOneOnlyForTheNeedsCategory() {
		assertThat(SuggestionScore.category(NEED, base())).isEqualTo(1.0);
		assertThat(SuggestionScore.category(NEED,
				offer(2L, AREA, PARENT, "100", "0", Measure.HOURS, "5", Rag.GREEN, AdminRank.SUB_DISTRICT)))
			.isEqualTo(0.0);
	}

	@Test
	void placeIsTheAreaThenANeighbourThenTheSubDistrictThenElsewhere() {
		assertThat(SuggestionScore.place(NEED, base())).isEqualTo(1.0);
		assertThat(SuggestionScore.place(NEED,
				offer(CATEGORY, 11L, PARENT, "100", "0", Measure.HOURS, "5", Rag.GREEN, AdminRank.SUB_DISTRICT)))
			.isEqualTo(SuggestionScore.NEIGHBOUR);
		assertThat(SuggestionScore.place(NEED,
				offer(CATEGORY, null, null, "100", "0", Measure.HOURS, "5", Rag.GREEN, AdminRank.SUB_DISTRICT)))
			.isEqualTo(SuggestionScore.SUB_DISTRICT_WIDE);
		assertThat(SuggestionScore.place(NEED,
				offer(CATEGORY, 12L, 200L, "100", "0", Measure.HOURS, "5", Rag.GREEN, AdminRank.SUB_DISTRICT)))
			.isEqualTo(0.0);
	}

	@Test
	void capacityIsTheShareOfTheNeedCoveredInItsMeasureElseTheShareLeft() {
		assertThat(SuggestionScore.capacity(NEED, base())).isEqualTo(1.0);
		assertThat(SuggestionScore.capacity(NEED,
				offer(CATEGORY, AREA, PARENT, "100", "96", Measure.HOURS, "5", Rag.GREEN, AdminRank.SUB_DISTRICT)))
			.isEqualTo(0.4);
		assertThat(SuggestionScore.capacity(NEED,
				offer(CATEGORY, AREA, PARENT, "12", "9", Measure.SESSIONS, "5", Rag.GREEN, AdminRank.SUB_DISTRICT)))
			.isEqualTo(0.25);
		assertThat(SuggestionScore.capacity(NEED,
				offer(CATEGORY, AREA, PARENT, "12", "15", Measure.HOURS, "5", Rag.GREEN, AdminRank.SUB_DISTRICT)))
			.isEqualTo(0.0);
	}

	@Test
	void ratingRunsFromOneToFiveAndIsNeutralBeforeAnyRating() {
		assertThat(SuggestionScore.rating(base())).isEqualTo(1.0);
		assertThat(SuggestionScore
			.rating(offer(CATEGORY, AREA, PARENT, "100", "0", Measure.HOURS, "1", Rag.GREEN, AdminRank.SUB_DISTRICT)))
			.isEqualTo(0.0);
		assertThat(SuggestionScore
			.rating(offer(CATEGORY, AREA, PARENT, "100", "0", Measure.HOURS, "4", Rag.GREEN, AdminRank.SUB_DISTRICT)))
			.isEqualTo(0.75);
		assertThat(SuggestionScore
			.rating(offer(CATEGORY, AREA, PARENT, "100", "0", Measure.HOURS, null, Rag.GREEN, AdminRank.SUB_DISTRICT)))
			.isEqualTo(SuggestionScore.NEUTRAL);
	}

	@Test
	void fulfilmentIsTheColourAndNeutralWithoutCommitments() {
		assertThat(SuggestionScore.fulfilment(base())).isEqualTo(1.0);
		assertThat(SuggestionScore.fulfilment(
				offer(CATEGORY, AREA, PARENT, "100", "0", Measure.HOURS, "5", Rag.AMBER, AdminRank.SUB_DISTRICT)))
			.isEqualTo(0.5);
		assertThat(SuggestionScore
			.fulfilment(offer(CATEGORY, AREA, PARENT, "100", "0", Measure.HOURS, "5", Rag.RED, AdminRank.SUB_DISTRICT)))
			.isEqualTo(0.0);
		assertThat(SuggestionScore
			.fulfilment(offer(CATEGORY, AREA, PARENT, "100", "0", Measure.HOURS, "5", null, AdminRank.SUB_DISTRICT)))
			.isEqualTo(SuggestionScore.NEUTRAL);
	}

	@Test
	void rankFitFallsAQuarterPerGradeApart() {
		assertThat(SuggestionScore.rank(NEED, base())).isEqualTo(1.0);
		assertThat(SuggestionScore.rank(NEED,
				offer(CATEGORY, AREA, PARENT, "100", "0", Measure.HOURS, "5", Rag.GREEN, AdminRank.VICE_COUNTY)))
			.isEqualTo(0.75);
		assertThat(SuggestionScore.rank(NEED,
				offer(CATEGORY, AREA, PARENT, "100", "0", Measure.HOURS, "5", Rag.GREEN, AdminRank.BUREAU)))
			.isEqualTo(0.5);
		assertThat(SuggestionScore.rank(NEED,
				offer(CATEGORY, AREA, PARENT, "100", "0", Measure.HOURS, "5", Rag.GREEN, AdminRank.MINISTERIAL)))
			.isEqualTo(0.0);
		assertThat(SuggestionScore.rank(NEED,
				offer(CATEGORY, AREA, PARENT, "100", "0", Measure.HOURS, "5", Rag.GREEN, AdminRank.NONE)))
			.isEqualTo(SuggestionScore.NEUTRAL);
		// a unit's own need pairs it with a provider of its rank
		SuggestionScore.Target unitNeed = new SuggestionScore.Target(CATEGORY, AREA, PARENT, BigDecimal.TEN,
				Measure.HOURS, AdminRank.BUREAU);
		assertThat(SuggestionScore.rank(unitNeed,
				offer(CATEGORY, AREA, PARENT, "100", "0", Measure.HOURS, "5", Rag.GREEN, AdminRank.BUREAU)))
			.isEqualTo(1.0);
	}

	@Test
	void theWeightsAddUpToAHundredAndTheBestOfferScoresIt() {
		int sum = 0;
		for (SuggestionComponent c : SuggestionComponent.values()) {
			sum += c.weight();
		}
		assertThat(sum).isEqualTo(100);
		assertThat(SuggestionScore.total(SuggestionScore.parts(NEED, base()))).isEqualTo(100.0);
		Map<SuggestionComponent, Double> other = SuggestionScore.parts(NEED,
				offer(2L, AREA, PARENT, "100", "0", Measure.HOURS, "5", Rag.GREEN, AdminRank.SUB_DISTRICT));
		assertThat(SuggestionScore.total(other)).isEqualTo(65.0);
	}

	@Test
	void rankingPutsTheBestFirstAndLeavesOutWhatHasNoCapacityLeft() {
		SuggestionQueries.Candidate best = new SuggestionQueries.Candidate(1L, "best", "c", 5L, "u", null, base());
		SuggestionQueries.Candidate red = new SuggestionQueries.Candidate(2L, "red", "c", 6L, "v", null, base());
		SuggestionQueries.Candidate full = new SuggestionQueries.Candidate(3L, "full", "c", 7L, "w", null,
				offer(CATEGORY, AREA, PARENT, "10", "10", Measure.HOURS, "5", Rag.GREEN, AdminRank.SUB_DISTRICT));
		List<Suggestions.Suggestion> ranked = Suggestions.rank(NEED, List.of(red, full, best),
				Map.of(5L, Rag.GREEN, 6L, Rag.RED));
		assertThat(ranked).extracting(Suggestions.Suggestion::resourceId).containsExactly(1L, 2L);
		assertThat(ranked.get(1).score()).isEqualTo(90.0);
		assertThat(ranked.get(0).parts()).hasSize(SuggestionComponent.values().length);
	}

}
