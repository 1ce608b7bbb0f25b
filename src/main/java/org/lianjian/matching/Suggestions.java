package org.lianjian.matching;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.agreement.Rag;
import org.lianjian.agreement.UnitColours;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Matching suggestions for an open need: every published resource with capacity left,
 * scored by {@link SuggestionScore} and ranked, the best {@link #SHOWN} kept. Three
 * statements whatever the number of resources: the need, the candidates, and the units'
 * fulfilment colours (the agreement module's, cached). Staff dispatch straight from a
 * suggestion: the order is placed for the need and dispatched to the provider in one
 * step, through {@link OrderFlow}'s own 点单 and 派单.
 */
@Service
class Suggestions {

	/** How many suggestions the page shows. */
	static final int SHOWN = 10;

	private final SuggestionQueries queries;

	private final UnitColours colours;

	private final OrderFlow flow;

	private final Deadlines deadlines;

	private final MatchingAccess access;

	private final Clock clock;

	Suggestions(SuggestionQueries queries, UnitColours colours, OrderFlow flow, Deadlines deadlines,
			MatchingAccess access, Clock clock) {
		this.queries = queries;
		this.colours = colours;
		this.flow = flow;
		this.deadlines = deadlines;
		this.access = access;
		this.clock = clock;
	}

	/**
	 * One suggestion.
	 *
	 * @param resourceId the resource
	 * @param title its title
	 * @param category its category
	 * @param providerUnitId the provider unit, null for the community's own
	 * @param provider its name
	 * @param area where it is offered
	 * @param left capacity left this year
	 * @param measure its measure
	 * @param score points out of 100
	 * @param parts each component with its weight and value
	 */
	record Suggestion(Long resourceId, String title, String category, @Nullable Long providerUnitId,
			@Nullable String provider, @Nullable String area, BigDecimal left, Measure measure, double score,
			List<Part> parts) {

	}

	/**
	 * One component of a score.
	 *
	 * @param component which
	 * @param value its value, 0 to 1
	 * @param points weight × value
	 */
	record Part(SuggestionComponent component, double value, double points) {

		public int weight() {
			return this.component.weight();
		}

	}

	/**
	 * The page: the need and its suggestions.
	 *
	 * @param need the need
	 * @param open whether it is still open (suggestions are only made for open needs)
	 * @param suggestions best first
	 * @param dispatch whether the user may dispatch from a suggestion
	 * @param defaults the dispatch form's presets
	 */
	record Page(SuggestionQueries.NeedFacts need, boolean open, List<Suggestion> suggestions, boolean dispatch,
			SuggestionForm defaults) {

	}

	/**
	 * The suggestions for a need in scope (404 otherwise).
	 * @param needId the need
	 * @return the page
	 */
	@Transactional(readOnly = true)
	Page page(Long needId) {
		DataScope scope = this.access.scope();
		LocalDate today = LocalDate.now(this.clock);
		SuggestionQueries.NeedFacts need = this.queries.need(needId, scope)
			.orElseThrow(() -> MatchingNotFoundException.need(needId));
		boolean open = need.status().isOpen();
		List<Suggestion> ranked = open ? rank(need.target(), this.queries.candidates(today), this.colours.on(today))
				: List.of();
		LocalDate wanted = (need.wantedBy() != null && !need.wantedBy().isBefore(today)) ? need.wantedBy()
				: today.plusDays(14);
		SuggestionForm defaults = new SuggestionForm(need.target().quantity(), wanted, this.deadlines.replyBy(today));
		return new Page(need, open, ranked, open && scope.isStaff(), defaults);
	}

	static List<Suggestion> rank(SuggestionScore.Target need, List<SuggestionQueries.Candidate> candidates,
			Map<Long, Rag> colours) {
		return candidates.stream()
			.filter((c) -> c.offer().left().signum() > 0)
			.map((c) -> suggestion(need, c, colours))
			.sorted(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::resourceId))
			.limit(SHOWN)
			.toList();
	}

	private static Suggestion suggestion(SuggestionScore.Target need, SuggestionQueries.Candidate c,
			Map<Long, Rag> colours) {
		SuggestionScore.Offer o = c.offer();
		Rag colour = (c.providerUnitId() != null) ? colours.get(c.providerUnitId()) : null;
		SuggestionScore.Offer offer = new SuggestionScore.Offer(o.categoryId(), o.areaId(), o.areaParentId(),
				o.capacity(), o.used(), o.measure(), o.averageRating(), colour, o.providerRank());
		Map<SuggestionComponent, Double> values = SuggestionScore.parts(need, offer);
		List<Part> parts = values.entrySet()
			.stream()
			.map((e) -> new Part(e.getKey(), e.getValue(), Math.round(e.getKey().weight() * e.getValue() * 10) / 10.0))
			.toList();
		return new Suggestion(c.id(), c.title(), c.category(), c.providerUnitId(), c.provider(), c.area(), offer.left(),
				o.measure(), SuggestionScore.total(values), parts);
	}

	/**
	 * Whether the current user may dispatch from a need's suggestions: the need in scope
	 * first (404), then the role (403, staff only).
	 * @param needId the need
	 */
	@Transactional(readOnly = true)
	void requireDispatcher(Long needId) {
		DataScope scope = this.access.scope();
		this.queries.need(needId, scope).orElseThrow(() -> MatchingNotFoundException.need(needId));
		if (!scope.isStaff()) {
			throw new AccessDeniedException("staff only");
		}
	}

	/**
	 * 点单 and 派单 in one step (staff): an order of the resource for the need, dispatched to
	 * the resource's provider.
	 * @param needId the need
	 * @param resourceId the suggested resource
	 * @param form quantity, wanted date and reply-by date
	 * @return the new order's id
	 */
	@Transactional
	Long dispatch(Long needId, Long resourceId, SuggestionForm form) {
		requireDispatcher(needId);
		SuggestionQueries.Candidate candidate = this.queries.candidates(LocalDate.now(this.clock))
			.stream()
			.filter((c) -> c.id().equals(resourceId))
			.findFirst()
			.orElseThrow(() -> MatchingNotFoundException.resource(resourceId));
		Long order = this.flow
			.place(new OrderForms.OrderForm(resourceId, needId, null, null, form.wantedDate(), form.quantity(), null));
		this.flow.dispatch(Objects.requireNonNull(order),
				new OrderForms.DispatchForm(candidate.providerUnitId(), form.replyBy(), 0L));
		return order;
	}

}
