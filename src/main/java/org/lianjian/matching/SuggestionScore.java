package org.lianjian.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lianjian.agreement.Rag;
import org.lianjian.unit.AdminRank;

/**
 * The rule of a suggestion's score, one pure function per {@link SuggestionComponent}, so
 * each is tested on its own. The score is the sum of weight × value, out of 100.
 */
final class SuggestionScore {

	static final double NEUTRAL = 0.5;

	static final double NEIGHBOUR = 0.5;

	static final double SUB_DISTRICT_WIDE = 0.3;

	private static final int RANK_SPAN = 4;

	private SuggestionScore() {
	}

	/**
	 * The need a suggestion is for, as the score reads it.
	 *
	 * @param categoryId its category
	 * @param areaId its residential area
	 * @param areaParentId the area's parent organisation (its neighbours share it)
	 * @param quantity how much is needed
	 * @param measure in which measure
	 * @param counterpartRank the rank of the side the provider is paired with
	 */
	record Target(Long categoryId, Long areaId, @Nullable Long areaParentId, BigDecimal quantity, Measure measure,
			AdminRank counterpartRank) {

	}

	/**
	 * A resource as the score reads it.
	 *
	 * @param categoryId its category
	 * @param areaId where it is offered (or its unit's area), null for the whole
	 * sub-district
	 * @param areaParentId that area's parent
	 * @param capacity capacity per year
	 * @param used used this year
	 * @param measure its measure
	 * @param averageRating the provider's average rating, null when never rated
	 * @param colour the provider's fulfilment colour, null when it has no commitment in
	 * force
	 * @param providerRank the provider's rank (the sub-district's for the community's own
	 * resources)
	 */
	record Offer(Long categoryId, @Nullable Long areaId, @Nullable Long areaParentId, BigDecimal capacity,
			BigDecimal used, Measure measure, @Nullable BigDecimal averageRating, @Nullable Rag colour,
			AdminRank providerRank) {

		BigDecimal left() {
			return this.capacity.subtract(this.used).max(BigDecimal.ZERO);
		}

	}

	static double category(Target need, Offer offer) {
		return need.categoryId().equals(offer.categoryId()) ? 1 : 0;
	}

	static double place(Target need, Offer offer) {
		if (offer.areaId() == null) {
			return SUB_DISTRICT_WIDE;
		}
		if (offer.areaId().equals(need.areaId())) {
			return 1;
		}
		return (need.areaParentId() != null && need.areaParentId().equals(offer.areaParentId())) ? NEIGHBOUR : 0;
	}

	static double capacity(Target need, Offer offer) {
		BigDecimal left = offer.left();
		if (left.signum() <= 0) {
			return 0;
		}
		BigDecimal whole = (offer.measure() == need.measure()) ? need.quantity() : offer.capacity();
		return Math.min(1, left.divide(whole, 4, RoundingMode.HALF_UP).doubleValue());
	}

	static double rating(Offer offer) {
		BigDecimal average = offer.averageRating();
		if (average == null) {
			return NEUTRAL;
		}
		return Math.max(0, Math.min(1, (average.doubleValue() - 1) / 4));
	}

	static double fulfilment(Offer offer) {
		Rag colour = offer.colour();
		if (colour == null) {
			return NEUTRAL;
		}
		return switch (colour) {
			case GREEN -> 1;
			case AMBER -> NEUTRAL;
			case RED -> 0;
		};
	}

	static double rank(Target need, Offer offer) {
		if (need.counterpartRank() == AdminRank.NONE || offer.providerRank() == AdminRank.NONE) {
			return NEUTRAL;
		}
		int apart = Math.abs(need.counterpartRank().ordinal() - offer.providerRank().ordinal());
		return 1 - (double) Math.min(apart, RANK_SPAN) / RANK_SPAN;
	}

	/** Every component's value for one offer. */
	static Map<SuggestionComponent, Double> parts(Target need, Offer offer) {
		Map<SuggestionComponent, Double> parts = new EnumMap<>(SuggestionComponent.class);
		parts.put(SuggestionComponent.CATEGORY, category(need, offer));
		parts.put(SuggestionComponent.PLACE, place(need, offer));
		parts.put(SuggestionComponent.CAPACITY, capacity(need, offer));
		parts.put(SuggestionComponent.RATING, rating(offer));
		parts.put(SuggestionComponent.FULFILMENT, fulfilment(offer));
		parts.put(SuggestionComponent.RANK, rank(need, offer));
		return parts;
	}

	/** The score out of 100, to one decimal. */
	static double total(Map<SuggestionComponent, Double> parts) {
		double sum = 0;
		for (Map.Entry<SuggestionComponent, Double> e : parts.entrySet()) {
			sum += e.getKey().weight() * Objects.requireNonNull(e.getValue());
		}
		return Math.round(sum * 10) / 10.0;
	}

}
