package org.lianjian.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lianjian.agreement.Rag;

/**
 * What the evaluation pages show: records only, never entities.
 */
final class EvaluationViews {

	private EvaluationViews() {
	}

	/** A round in the list. */
	record RoundSummary(int year, String title, RoundStatus status, long scored, long total) {
	}

	/**
	 * A criterion; {@code nameKey} is set for an unchanged default criterion so that its
	 * name shows in the reader's language.
	 */
	record CriterionView(Long id, String code, String name, @Nullable String nameKey, BigDecimal weight,
			Evidence evidence) {
	}

	/** A unit to score (or scored) in the current user's scope. */
	record UnitRow(Long unitId, String unitName, String category, String areaName, boolean scored,
			@Nullable BigDecimal total) {
	}

	/** A suggested recognition and whether staff already confirmed it. */
	record Suggestion(Long unitId, String unitName, String category, RecognitionTitle title, BigDecimal total,
			int categoryRank, boolean confirmed) {

		String pick() {
			return this.unitId + ":" + this.title.name();
		}

	}

	/** A lifecycle log entry. */
	record EventView(String event, String actor, @Nullable String reason, Instant occurredAt) {
	}

	/**
	 * What the current user may do on the round page: reopen means reopening a closed
	 * round or taking a published one back to closed (admin); confirm is possible only
	 * while closed (the recognitions are frozen once published); minScore until
	 * published.
	 */
	record Actions(boolean editCriteria, boolean close, boolean reopen, boolean publish, boolean confirm,
			boolean minScore) {
	}

	/** The round page. */
	record Overview(int year, String title, RoundStatus status, long version, long scored, long total,
			List<CriterionView> criteria, List<UnitRow> units, List<EvaluationResults.Result> results,
			List<Suggestion> suggestions, List<EventView> events, Actions actions, boolean staff, BigDecimal minScore,
			int topN) {

		public boolean published() {
			return this.status == RoundStatus.PUBLISHED;
		}

	}

	/**
	 * The unit's figures for the round's year, from the portal's data.
	 *
	 * @param fulfilmentPercent average share of target delivered over its commitments,
	 * capped at 100% each; null without commitments
	 * @param commitments commitments the unit is responsible for in agreements of that
	 * year
	 * @param worstRag the worst red/amber/green of those commitments, null without any
	 * @param activities held activities the unit joined that year
	 * @param hours volunteer hours that year
	 * @param volunteers volunteers counted that year
	 */
	record UnitEvidence(@Nullable BigDecimal fulfilmentPercent, int commitments, @Nullable Rag worstRag,
			long activities, BigDecimal hours, long volunteers) {
	}

	/** One criterion's stored score. */
	record ScoreView(BigDecimal score, @Nullable String comment) {
	}

	/** The scoring page (form for the area's secretary, read-only otherwise). */
	record SheetView(int year, RoundStatus status, Long unitId, String unitName, String category, String areaName,
			UnitEvidence evidence, List<CriterionView> criteria, Map<Long, ScoreView> scores,
			@Nullable BigDecimal total, @Nullable String scoredBy, @Nullable Instant scoredAt,
			@Nullable String response, @Nullable String respondedBy, @Nullable Instant respondedAt,
			@Nullable Long sheetVersion, boolean canScore, boolean canRespond) {

		boolean scored() {
			return this.sheetVersion != null;
		}

	}

}
