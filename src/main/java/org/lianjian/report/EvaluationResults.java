package org.lianjian.report;

import java.math.BigDecimal;
import java.util.List;

import org.lianjian.account.DataScope;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation results of a year, for other readers (the annual report): weighted
 * totals, ranks within the unit category and confirmed recognitions, limited to a scope.
 */
@Service
public class EvaluationResults {

	private final EvaluationRoundRepository rounds;

	private final EvaluationQueries queries;

	EvaluationResults(EvaluationRoundRepository rounds, EvaluationQueries queries) {
		this.rounds = rounds;
		this.queries = queries;
	}

	/**
	 * The year's results in a scope: staff see every scored unit, a secretary the units
	 * of their area, a liaison their own unit once the round is published. Ranks are
	 * always within the whole sub-district's category.
	 * @param year the year
	 * @param scope whose results
	 * @return by category, then rank; empty without a round
	 */
	@Transactional(readOnly = true)
	public List<Result> forYear(int year, DataScope scope) {
		return this.rounds.findByYear(year).map((round) -> visible(round, scope)).orElse(List.of());
	}

	List<Result> visible(EvaluationRound round, DataScope scope) {
		if (scope.isLiaison() && round.getStatus() != RoundStatus.PUBLISHED) {
			return List.of();
		}
		return this.queries.ranked(round.getId())
			.stream()
			.filter((r) -> scope.coversUnit(r.result().unitId(), r.areaId()))
			.map(EvaluationQueries.Ranked::result)
			.toList();
	}

	/**
	 * One unit's result.
	 *
	 * @param unitId the unit
	 * @param unitName its name
	 * @param category its category (a {@code UnitCategory} name)
	 * @param total weighted total, Σ score × weight / Σ weight, two decimals
	 * @param categoryRank rank within the category (ties share a rank)
	 * @param recognitions the recognitions staff confirmed
	 */
	public record Result(Long unitId, String unitName, String category, BigDecimal total, int categoryRank,
			List<RecognitionTitle> recognitions) {

		public String categoryKey() {
			return "unit.category." + this.category;
		}

	}

}
