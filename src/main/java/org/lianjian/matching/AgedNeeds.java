package org.lianjian.matching;

import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The public API of the ageing count for the home page: the open needs past their
 * wanted-by date or open more than 60 days, in the current user's scope, by category
 * ({@link NeedAgeing}), each linking to the needs list filtered to exactly them.
 */
@Service
public class AgedNeeds {

	private final NeedAgeing ageing;

	AgedNeeds(NeedAgeing ageing) {
		this.ageing = ageing;
	}

	/**
	 * One category's aged needs.
	 *
	 * @param category the category's name
	 * @param count how many
	 * @param href the needs list filtered to them
	 */
	public record Count(String category, long count, String href) {

	}

	/**
	 * The aged needs by category, most first (one statement).
	 * @return the counts
	 */
	public List<Count> byCategory() {
		return this.ageing.byCategory().stream().map((c) -> new Count(c.category(), c.count(), c.href())).toList();
	}

}
