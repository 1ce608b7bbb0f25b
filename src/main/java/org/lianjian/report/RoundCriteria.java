package org.lianjian.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.lianjian.shared.web.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * Replaces a round's criteria and weights, while it is open and nothing is scored; the
 * change moves the round's version and is logged. Called inside the transactions of
 * {@link EvaluationService}, after its role check.
 */
@Component
class RoundCriteria {

	private final EvaluationRoundRepository rounds;

	private final EvaluationCriterionRepository criteria;

	private final EvaluationSheetRepository sheets;

	private final RoundLifecycle lifecycle;

	RoundCriteria(EvaluationRoundRepository rounds, EvaluationCriterionRepository criteria,
			EvaluationSheetRepository sheets, RoundLifecycle lifecycle) {
		this.rounds = rounds;
		this.criteria = criteria;
		this.sheets = sheets;
		this.lifecycle = lifecycle;
	}

	void update(EvaluationRound round, EvaluationForms.CriteriaForm form) {
		round.checkVersion(Objects.requireNonNullElse(form.version(), -1L));
		round.requireOpen();
		if (this.sheets.existsByRoundId(round.getId())) {
			throw new RuleViolationException(null, "evaluation.error.criteriaScored");
		}
		List<EvaluationForms.CriterionRow> rows = form.filled();
		if (rows.isEmpty()) {
			throw new RuleViolationException("rows", "evaluation.error.noCriteria");
		}
		List<EvaluationForms.CriterionRow> sent = Objects.requireNonNull(form.rows());
		for (int i = 0; i < sent.size(); i++) {
			// the index of the row as sent, so the message lands beside its field
			EvaluationForms.CriterionRow row = sent.get(i);
			if (row == null || !row.isKept()) {
				continue;
			}
			if (!row.isNamed()) {
				throw new RuleViolationException("rows[" + i + "].name", "evaluation.criterion.name.required");
			}
			if (row.weight() == null) {
				throw new RuleViolationException("rows[" + i + "].weight", "validation.required");
			}
		}
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			EvaluationForms.CriterionRow row = rows.get(i);
			String code = row.code() == null || row.code().isBlank() ? "C" + (i + 1) : row.code();
			codes.add(codes.contains(code) ? code + "_" + (i + 1) : code);
		}
		this.criteria.deleteAll(this.criteria.findByRoundIdOrderBySortOrderAscIdAsc(round.getId()));
		this.criteria.flush();
		for (int i = 0; i < rows.size(); i++) {
			EvaluationForms.CriterionRow row = rows.get(i);
			this.criteria.save(new EvaluationCriterion(round.getId(), codes.get(i),
					Objects.requireNonNull(row.name()).strip(), Objects.requireNonNull(row.weight()),
					row.evidence() == null ? Evidence.NONE : row.evidence(), i));
		}
		// the criteria are part of the round: the change moves the round's version
		this.rounds.forceVersionIncrement(round);
		this.lifecycle.log(round, RoundEvent.CRITERIA_CHANGED, null);
	}

}
