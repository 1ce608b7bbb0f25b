package org.lianjian.report;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluation round in progress as a secretary's home page shows it: how many of the
 * units of their area are scored, out of how many, and the next one to score, in the
 * round page's order.
 */
@Service
public class EvaluationProgress {

	private final EvaluationRoundRepository rounds;

	private final EvaluationQueries queries;

	private final ScopeService scopes;

	EvaluationProgress(EvaluationRoundRepository rounds, EvaluationQueries queries, ScopeService scopes) {
		this.rounds = rounds;
		this.queries = queries;
		this.scopes = scopes;
	}

	/**
	 * The newest open round, counted over the current secretary's area.
	 * @return empty for anyone but a secretary, or when no round is open
	 */
	@Transactional(readOnly = true)
	public Optional<Progress> current() {
		DataScope scope = this.scopes.current();
		if (!scope.isSecretary()) {
			return Optional.empty();
		}
		return this.rounds.findAllByOrderByYearDesc().stream().filter(EvaluationRound::isOpen).findFirst().map((r) -> {
			List<EvaluationViews.UnitRow> units = this.queries.units(java.util.Objects.requireNonNull(r.getId()),
					scope);
			long scored = units.stream().filter(EvaluationViews.UnitRow::scored).count();
			EvaluationViews.UnitRow next = units.stream().filter((u) -> !u.scored()).findFirst().orElse(null);
			return new Progress(r.getYear(), scored, units.size(), next == null ? null : next.unitId(),
					next == null ? null : next.unitName());
		});
	}

	/**
	 * A round in progress.
	 *
	 * @param year the round's year
	 * @param scored units of the area scored
	 * @param total units of the area to score
	 * @param nextUnitId the next unit to score, null when all are scored
	 * @param nextUnitName its name
	 */
	public record Progress(int year, long scored, long total, @Nullable Long nextUnitId,
			@Nullable String nextUnitName) {

	}

}
