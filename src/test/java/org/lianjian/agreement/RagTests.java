package org.lianjian.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The red/amber/green rule ({@link Rag#of}) at its boundaries. 2026 has 365 days, so
 * day-of-year 73 is exactly 20% of the year, day 270 is 73.97%, day 278 is 76.16%.
 */
class RagTests {

	/** A three-year term that covers the whole of 2026. */
	static final LocalDate START = LocalDate.of(2025, 1, 1), END = LocalDate.of(2027, 12, 31);

	static LocalDate day(int dayOfYear) {
		return LocalDate.of(2026, 1, 1).withDayOfYear(dayOfYear);
	}

	static BigDecimal n(String value) {
		return new BigDecimal(value);
	}

	static Rag rag(String target, String delivered, LocalDate today) {
		return Rag.of(target == null ? null : n(target), n(delivered), START, END, today);
	}

	@Nested
	class ProRata {

		@Test
		void shouldBeGreenExactlyOnProRata() {
			assertThat(Rag.elapsedShare(START, END, day(73))).isEqualTo(0.2);
			assertThat(rag("10", "2", day(73))).isEqualTo(Rag.GREEN);
			assertThat(rag("365", "73", day(73))).isEqualTo(Rag.GREEN);
		}

		@Test
		void shouldBeAmberAHairUnderProRata() {
			assertThat(rag("10", "1.99", day(73))).isEqualTo(Rag.AMBER);
			assertThat(rag("365", "72.99", day(73))).isEqualTo(Rag.AMBER);
		}

		@Test
		void shouldBeGreenAheadOfProRata() {
			assertThat(rag("4", "2", day(100))).isEqualTo(Rag.GREEN);
		}

		@Test
		void shouldBeGreenOnTheFirstDayOnlyWhenSomethingIsDelivered() {
			// on 1 January 1/365 of the year has passed: nothing delivered is already
			// behind
			assertThat(rag("4", "0", day(1))).isEqualTo(Rag.AMBER);
			assertThat(rag("4", "0.02", day(1))).isEqualTo(Rag.GREEN);
		}

	}

	@Nested
	class LateInTheYear {

		@Test
		void shouldBeAmberAt74PercentElapsedWith40PercentDelivered() {
			assertThat(Rag.elapsedShare(START, END, day(270))).isBetween(0.739, 0.741);
			assertThat(rag("10", "4", day(270))).isEqualTo(Rag.AMBER);
		}

		@Test
		void shouldBeRedAt76PercentElapsedWith49PercentDelivered() {
			assertThat(Rag.elapsedShare(START, END, day(278))).isBetween(0.761, 0.762);
			assertThat(rag("100", "49", day(278))).isEqualTo(Rag.RED);
		}

		@Test
		void shouldBeAmberAt76PercentElapsedWithHalfDelivered() {
			// not red (half is delivered) but behind pro rata (50% < 76%)
			assertThat(rag("100", "50", day(278))).isEqualTo(Rag.AMBER);
			assertThat(rag("100", "76.2", day(278))).isEqualTo(Rag.GREEN);
		}

		@Test
		void shouldTurnRedOnlyAfterExactly75Percent() {
			// a term ending 30 April 2026: 120 days of 2026; day 90 is exactly 75%
			LocalDate start = LocalDate.of(2025, 5, 1);
			LocalDate end = LocalDate.of(2026, 4, 30);
			assertThat(Rag.elapsedShare(start, end, day(90))).isEqualTo(0.75);
			assertThat(Rag.of(n("10"), n("4"), start, end, day(90))).isEqualTo(Rag.AMBER);
			assertThat(Rag.of(n("10"), n("4"), start, end, day(91))).isEqualTo(Rag.RED);
			assertThat(Rag.of(n("10"), n("5"), start, end, day(91))).isEqualTo(Rag.AMBER);
		}

	}

	@Nested
	class TermEnded {

		static final LocalDate ENDED = LocalDate.of(2026, 6, 30);

		static final LocalDate AFTER = LocalDate.of(2026, 7, 15);

		@Test
		void shouldBeRedWhenTheTermEndedWithLessThanHalf() {
			assertThat(Rag.of(n("10"), n("4.99"), START, ENDED, AFTER)).isEqualTo(Rag.RED);
			assertThat(Rag.of(n("10"), n("0"), START, ENDED, AFTER)).isEqualTo(Rag.RED);
		}

		@Test
		void shouldBeAmberWhenTheTermEndedWithHalfButNotAll() {
			assertThat(Rag.elapsedShare(START, ENDED, AFTER)).isEqualTo(1.0);
			assertThat(Rag.of(n("10"), n("5"), START, ENDED, AFTER)).isEqualTo(Rag.AMBER);
			assertThat(Rag.of(n("10"), n("9.99"), START, ENDED, AFTER)).isEqualTo(Rag.AMBER);
		}

		@Test
		void shouldBeRedWhenTheTermEndedInAnEarlierYearAndNothingCameThisYear() {
			LocalDate endedLastYear = LocalDate.of(2025, 12, 31);
			assertThat(Rag.elapsedShare(START, endedLastYear, day(10))).isEqualTo(1.0);
			assertThat(Rag.of(n("10"), n("0"), START, endedLastYear, day(10))).isEqualTo(Rag.RED);
		}

		@Test
		void shouldBeGreenWithTheFullTargetEvenLate() {
			assertThat(Rag.of(n("10"), n("10"), START, ENDED, AFTER)).isEqualTo(Rag.GREEN);
			assertThat(Rag.of(n("10"), n("12"), START, ENDED, AFTER)).isEqualTo(Rag.GREEN);
			assertThat(rag("10", "10", day(365))).isEqualTo(Rag.GREEN);
		}

		@Test
		void shouldCountTheLastDayOfTheTermAsFullyElapsed() {
			// on its last day the term has not ended, but all of its part of the year has
			// passed
			assertThat(Rag.of(n("10"), n("4"), LocalDate.of(2026, 1, 1), ENDED, ENDED)).isEqualTo(Rag.RED);
			assertThat(Rag.of(n("10"), n("6"), LocalDate.of(2026, 1, 1), ENDED, ENDED)).isEqualTo(Rag.AMBER);
		}

	}

	@Nested
	class Qualitative {

		@Test
		void shouldBeAmberEarlyInTheYearWithNothingRecorded() {
			assertThat(rag(null, "0", day(20))).isEqualTo(Rag.AMBER);
			assertThat(rag(null, "0", day(270))).isEqualTo(Rag.AMBER);
		}

		@Test
		void shouldBeRedLateInTheYearWithNothingRecorded() {
			assertThat(rag(null, "0", day(278))).isEqualTo(Rag.RED);
		}

		@Test
		void shouldBeGreenOnceOneRecordDeliversIt() {
			assertThat(rag(null, "1", day(20))).isEqualTo(Rag.GREEN);
			assertThat(rag(null, "1", day(365))).isEqualTo(Rag.GREEN);
		}

		@Test
		void shouldTreatANonPositiveTargetAsQualitative() {
			assertThat(rag("0", "0", day(300))).isEqualTo(Rag.RED);
			assertThat(rag("0", "1", day(300))).isEqualTo(Rag.GREEN);
		}

	}

	@Nested
	class PartYearTerms {

		/** Starts 1 July 2026: 184 days of 2026 lie in the term. */
		static final LocalDate MID_START = LocalDate.of(2026, 7, 1), MID_END = LocalDate.of(2028, 6, 30);

		@Test
		void shouldMeasureElapsedOverTheTermsPartOfTheYear() {
			// 30 September: 92 of 184 days, although 73% of the calendar year has passed
			LocalDate today = LocalDate.of(2026, 9, 30);
			assertThat(Rag.elapsedShare(MID_START, MID_END, today)).isEqualTo(0.5);
			assertThat(Rag.of(n("10"), n("5"), MID_START, MID_END, today)).isEqualTo(Rag.GREEN);
			assertThat(Rag.of(n("10"), n("4.9"), MID_START, MID_END, today)).isEqualTo(Rag.AMBER);
		}

		@Test
		void shouldTurnRedLateInTheTermsPartOfTheYear() {
			// 1 December: 154 of 184 days (84%)
			LocalDate today = LocalDate.of(2026, 12, 1);
			assertThat(Rag.of(n("10"), n("4"), MID_START, MID_END, today)).isEqualTo(Rag.RED);
		}

		@Test
		void shouldMeasureATermEndingMidYearOverItsLastPart() {
			// ends 30 June 2026: on 31 March 90 of 181 days have passed
			LocalDate start = LocalDate.of(2024, 7, 1);
			LocalDate end = LocalDate.of(2026, 6, 30);
			LocalDate today = LocalDate.of(2026, 3, 31);
			assertThat(Rag.elapsedShare(start, end, today)).isBetween(0.497, 0.498);
			assertThat(Rag.of(n("10"), n("5"), start, end, today)).isEqualTo(Rag.GREEN);
		}

		@Test
		void shouldBeGreenBeforeTheTermStarts() {
			LocalDate today = LocalDate.of(2026, 5, 1);
			assertThat(Rag.elapsedShare(MID_START, MID_END, today)).isZero();
			assertThat(Rag.of(n("10"), n("0"), MID_START, MID_END, today)).isEqualTo(Rag.GREEN);
			LocalDate nextYear = LocalDate.of(2027, 3, 1);
			assertThat(Rag.elapsedShare(nextYear, nextYear.plusYears(1), today)).isZero();
		}

		@Test
		void shouldCountALeapYearsDays() {
			// 2028 has 366 days: 29 February is day 60, 183 days is exactly half
			LocalDate start = LocalDate.of(2028, 1, 1);
			LocalDate end = LocalDate.of(2028, 12, 31);
			assertThat(Rag.elapsedShare(start, end, LocalDate.of(2028, 7, 1))).isEqualTo(0.5);
		}

	}

	@Nested
	class ExpiredAgreements {

		private JointBuildingAgreement agreement(AgreementStatus status, LocalDate end) {
			JointBuildingAgreement a = new JointBuildingAgreement();
			a.setStatus(status);
			a.setTermStart(end.minusYears(3).plusDays(1));
			a.setTermEnd(end);
			return a;
		}

		private Commitment commitment(String target) {
			Commitment c = new Commitment();
			c.setTargetQuantity(n(target));
			return c;
		}

		@Test
		void shouldJudgeAnAgreementThatExpiredInAnEarlierYearOnItsLastDay() {
			LocalDate end = LocalDate.of(2025, 12, 31);
			JointBuildingAgreement expired = agreement(AgreementStatus.EXPIRED, end);
			assertThat(AgreementDetails.judgeDay(expired, day(100))).isEqualTo(end);
			// what counts is what was delivered in its last year
			assertThat(AgreementDetails.rag(commitment("4"), expired, n("4"), day(100))).isEqualTo(Rag.GREEN);
			assertThat(AgreementDetails.rag(commitment("4"), expired, n("2"), day(100))).isEqualTo(Rag.AMBER);
			assertThat(AgreementDetails.rag(commitment("4"), expired, n("1"), day(100))).isEqualTo(Rag.RED);
		}

		@Test
		void shouldJudgeAnAgreementInForceToday() {
			JointBuildingAgreement active = agreement(AgreementStatus.ACTIVE, LocalDate.of(2025, 12, 31));
			assertThat(AgreementDetails.judgeDay(active, day(100))).isEqualTo(day(100));
			assertThat(AgreementDetails.rag(commitment("4"), active, n("0"), day(100))).isEqualTo(Rag.RED);
		}

	}

	@Nested
	class Ordering {

		@Test
		void shouldTakeTheWorseOfTwo() {
			assertThat(Rag.GREEN.worse(Rag.GREEN)).isEqualTo(Rag.GREEN);
			assertThat(Rag.GREEN.worse(Rag.AMBER)).isEqualTo(Rag.AMBER);
			assertThat(Rag.AMBER.worse(Rag.GREEN)).isEqualTo(Rag.AMBER);
			assertThat(Rag.AMBER.worse(Rag.RED)).isEqualTo(Rag.RED);
			assertThat(Rag.RED.worse(Rag.AMBER)).isEqualTo(Rag.RED);
			assertThat(Rag.RED.worse(Rag.GREEN)).isEqualTo(Rag.RED);
		}

		@Test
		void shouldNameItsMessageKey() {
			assertThat(Rag.RED.messageKey()).isEqualTo("rag.RED");
		}

	}

}
