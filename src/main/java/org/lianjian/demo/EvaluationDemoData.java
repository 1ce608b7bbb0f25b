package org.lianjian.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.lianjian.report.EvaluationForms;
import org.lianjian.report.EvaluationService;
import org.lianjian.report.EvaluationService.RoundInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Two evaluation rounds: last year's, scored for most units, closed with its suggested
 * recognitions confirmed and published; and this year's, open with a few units scored.
 * Scores are drawn from the generator's seeded random source, so every fresh start looks
 * the same. The {@code liaison} account's unit (the first) is scored last year.
 */
@Component
class EvaluationDemoData {

	private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);

	private static final String[] GOOD = { "积极参与社区共建，履约情况良好。", "主动回应居民需求，服务有实效。", "志愿服务常态化，居民评价高。" };

	private static final String[] FAIR = { "参与度尚可，建议增加志愿服务频次。", "履约进度偏慢，需加强对接。", "与居民区联系不够紧密，希望多沟通。" };

	private final EvaluationService evaluations;

	private final Clock clock;

	EvaluationDemoData(EvaluationService evaluations, Clock clock) {
		this.evaluations = evaluations;
		this.clock = clock;
	}

	/**
	 * Generates the rounds. Called by the demo generator, with an authentication that the
	 * portal treats as the system.
	 * @param unitIds the resident units, the first being the {@code liaison} account's
	 * @param random the generator's random source
	 */
	void generate(List<Long> unitIds, Random random) {
		int year = LocalDate.now(this.clock).getYear();
		int scored = 0;
		// last year: most units, closed, recognitions confirmed, published
		int previous = year - 1;
		this.evaluations.open(previous, previous + "年度居委会评议驻区单位");
		RoundInfo round = this.evaluations.info(previous);
		for (int i = 0; i < unitIds.size() - 1; i++) {
			if (i % 4 != 3) {
				this.evaluations.score(previous, unitIds.get(i), scores(round, random));
				scored++;
			}
		}
		// the units left unscored on purpose are confirmed, as a user confirms them
		this.evaluations.close(previous, this.evaluations.info(previous).version(),
				this.evaluations.unscored(previous));
		this.evaluations.confirmRecognitions(previous, this.evaluations.info(previous).version(),
				this.evaluations.suggestedPicks(previous));
		this.evaluations.publish(previous, this.evaluations.info(previous).version());
		// this year: open, a few units scored
		this.evaluations.open(year, year + "年度居委会评议驻区单位");
		round = this.evaluations.info(year);
		for (int i = 3; i < unitIds.size() - 1; i += 7) {
			this.evaluations.score(year, unitIds.get(i), scores(round, random));
			scored++;
		}
		log.info("Demo data: evaluation rounds {} (published) and {} (open), {} units scored", previous, year, scored);
	}

	private static EvaluationForms.ScoreForm scores(RoundInfo round, Random random) {
		int base = 62 + random.nextInt(30);
		List<EvaluationForms.ScoreRow> rows = new ArrayList<>();
		for (RoundInfo.Criterion c : round.criteria()) {
			int score = Math.min(100, Math.max(0, base - 8 + random.nextInt(17)));
			String[] pool = score >= 80 ? GOOD : FAIR;
			String comment = random.nextInt(3) == 0 ? pool[random.nextInt(pool.length)] : "";
			rows.add(new EvaluationForms.ScoreRow(c.id(), BigDecimal.valueOf(score), comment));
		}
		return new EvaluationForms.ScoreForm(rows, null);
	}

}
