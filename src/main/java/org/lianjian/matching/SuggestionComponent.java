package org.lianjian.matching;

/**
 * The parts of a suggestion's score, each worth between 0 and 1, and their weights (the
 * weights add up to 100, so a score reads as points out of 100). The suggestion page
 * lists every part with its weight and what it gave.
 */
enum SuggestionComponent {

	/** The resource's category is the need's: 1, else 0. */
	CATEGORY(35),
	/**
	 * Where it is offered: the need's residential area 1, a neighbouring area (the same
	 * parent organisation) 0.5, the whole sub-district (no area) 0.3, elsewhere 0.
	 */
	PLACE(20),
	/**
	 * Capacity left this year: in the need's measure, the share of the need it covers (up
	 * to 1); in another measure, the share of the year's capacity left.
	 */
	CAPACITY(15),
	/** The provider's average rating, 1 → 0 and 5 → 1; none yet 0.5. */
	RATING(10),
	/**
	 * The provider's fulfilment colour in its agreements in force: green 1, amber 0.5,
	 * red 0; no commitments in force 0.5.
	 */
	FULFILMENT(10),
	/**
	 * Administrative-rank fit between the provider and the need's counterpart (the unit
	 * that raised it, or else the sub-district, 正处级): equal ranks 1, each grade apart
	 * 0.25 less, four or more apart 0; an unranked side 0.5.
	 */
	RANK(10);

	private final int weight;

	SuggestionComponent(int weight) {
		this.weight = weight;
	}

	public int weight() {
		return this.weight;
	}

	public String messageKey() {
		return "matching.suggest.part." + name();
	}

	public String hintKey() {
		return messageKey() + ".hint";
	}

}
