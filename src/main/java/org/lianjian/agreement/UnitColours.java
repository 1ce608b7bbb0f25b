package org.lianjian.agreement;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The fulfilment colour of each unit, for modules that rank or weigh units (the matching
 * module's suggestions): the worst colour of the commitments the unit is responsible for
 * in agreements in force, by the red list's own rule ({@link Rag#of}, in SQL). One
 * statement, cached with the red lists and emptied with them.
 */
@Component
public class UnitColours {

	private final RagQueries rag;

	UnitColours(RagQueries rag) {
		this.rag = rag;
	}

	/**
	 * The worst colour per unit on a day.
	 * @param today the day to judge on
	 * @return unit id to colour; a unit responsible for no commitment in force is absent
	 */
	public Map<Long, Rag> on(LocalDate today) {
		return this.rag.unitColours(today);
	}

}
