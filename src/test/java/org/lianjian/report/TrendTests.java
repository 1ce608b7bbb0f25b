package org.lianjian.report;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.lianjian.report.AnnualReport.Figure;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year-on-year arrow's colour follows what a change means for each figure, not which
 * way it goes.
 */
class TrendTests {

	private static Figure figure(String key, long value, long previous) {
		return new Figure(key, "report.annual.figure." + key, BigDecimal.valueOf(value), BigDecimal.valueOf(previous));
	}

	@Test
	void moreTerminatedAgreementsIsBadAndFewerIsGood() {
		assertThat(figure("agreements.terminated", 5, 3).trend()).isEqualTo(Trend.BAD);
		assertThat(figure("agreements.terminated", 2, 3).trend()).isEqualTo(Trend.GOOD);
		assertThat(Trend.BAD.css()).isEqualTo("text-danger");
	}

	@Test
	void moreActivitiesOrAgreementsIsGoodAndFewerIsBad() {
		assertThat(figure("activities.held", 40, 30).trend()).isEqualTo(Trend.GOOD);
		assertThat(figure("agreements.new", 4, 9).trend()).isEqualTo(Trend.BAD);
		assertThat(Trend.GOOD.css()).isEqualTo("text-success");
	}

	@Test
	void noChangeOrNoPreviousYearOrAFigureWithoutDirectionIsNeutral() {
		assertThat(figure("activities.held", 30, 30).trend()).isEqualTo(Trend.NEUTRAL);
		assertThat(figure("agreements.expired", 9, 3).trend()).isEqualTo(Trend.NEUTRAL);
		assertThat(new Figure("activities.held", "x", BigDecimal.ONE, null).trend()).isEqualTo(Trend.NONE);
	}

}
