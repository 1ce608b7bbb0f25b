package org.lianjian.unit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The two-character pieces of a search term, cut as PostgreSQL's
 * {@code unit_search_bigrams} cuts a unit's search text (V65), so the index finds every
 * unit whose text contains the term.
 */
class UnitSearchBigramsTests {

	@Test
	void cutsATermIntoItsDistinctTwoCharacterPieces() {
		assertThat(UnitListQueries.bigrams("%设计%")).containsExactly("设计");
		assertThat(UnitListQueries.bigrams("%曲阳曲阳%")).containsExactly("曲阳", "阳曲");
		assertThat(UnitListQueries.bigrams("%91310%")).containsExactly("91", "13", "31", "10");
	}

	@Test
	void aOneCharacterTermHasNoPieces() {
		assertThat(UnitListQueries.bigrams("%设%")).isEmpty();
		assertThat(UnitListQueries.bigrams("%\\%%")).isEmpty();
	}

	@Test
	void unescapesTheLikeWildcardsAndCountsByCodePoint() {
		assertThat(UnitListQueries.bigrams("%50\\%\\_\\\\%")).containsExactly("50", "0%", "%_", "_\\");
		assertThat(UnitListQueries.bigrams("%\uD83D\uDE00店%")).containsExactly("\uD83D\uDE00店");
	}

}
