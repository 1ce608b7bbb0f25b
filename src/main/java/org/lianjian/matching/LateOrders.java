package org.lianjian.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public API of the late orders for the home page: the orders in the current user's
 * scope whose open stage is past due, by stage (派单, 接单, delivery) and lateness (amber:
 * past due; red: past twice its allowance), from the due and red dates stored on each
 * order, in one statement ({@link OrderQueries#lateCounts}). Each count links to the
 * order list filtered to exactly those orders.
 */
@Service
public class LateOrders {

	private final OrderQueries queries;

	private final MatchingAccess access;

	private final Clock clock;

	LateOrders(OrderQueries queries, MatchingAccess access, Clock clock) {
		this.queries = queries;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * The late orders of one stage and lateness.
	 *
	 * @param stage the stage they wait in
	 * @param lateness amber or red
	 * @param count how many
	 * @param href the order list filtered to them
	 */
	public record Count(OrderStage stage, Lateness lateness, long count, String href) {

		/** A stable key, such as {@code lateDispatchRed}. */
		public String key() {
			return "late" + capital(this.stage.name()) + capital(this.lateness.name());
		}

		private static String capital(String name) {
			return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
		}

	}

	/**
	 * One stage's late orders.
	 *
	 * @param stage the stage
	 * @param amber past due, not yet red
	 * @param red past twice the stage's allowance
	 */
	public record Stage(OrderStage stage, Count amber, Count red) {

	}

	/**
	 * Every stage with its amber and red counts, zeros included.
	 * @return dispatch, reply, delivery
	 */
	@Transactional(readOnly = true)
	public List<Stage> byStage() {
		Map<OrderStage, long[]> counts = new EnumMap<>(OrderStage.class);
		for (OrderStage s : OrderStage.values()) {
			counts.put(s, new long[2]);
		}
		this.queries.lateCounts(this.access.scope(), LocalDate.now(this.clock),
				(stage, lateness, n) -> counts.get(stage)[(lateness == Lateness.RED) ? 1 : 0] = n);
		List<Stage> all = new ArrayList<>();
		counts.forEach((stage, n) -> all
			.add(new Stage(stage, count(stage, Lateness.AMBER, n[0]), count(stage, Lateness.RED, n[1]))));
		return all;
	}

	private static Count count(OrderStage stage, Lateness lateness, long n) {
		return new Count(stage, lateness, n,
				"/matching/orders?late=true&stage=" + stage.name() + "&lateness=" + lateness.name());
	}

}
