package org.lianjian.matching;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A stage is on time through its due date, amber after it, red after twice its allowance;
 * each order step starts only from its allowed statuses.
 */
class DeadlineTests {

	private static final LocalDate DUE = LocalDate.of(2026, 10, 9);

	private static final LocalDate RED = LocalDate.of(2026, 10, 14);

	@Test
	void shouldTurnAmberAfterTheDueDateAndRedAfterTwiceTheAllowance() {
		Deadline d = new Deadline(DUE, RED);
		assertThat(d.on(DUE.minusDays(1))).isEqualTo(Lateness.ON_TIME);
		assertThat(d.on(DUE)).isEqualTo(Lateness.ON_TIME);
		assertThat(d.on(DUE.plusDays(1))).isEqualTo(Lateness.AMBER);
		assertThat(d.on(RED)).isEqualTo(Lateness.AMBER);
		assertThat(d.on(RED.plusDays(1))).isEqualTo(Lateness.RED);
	}

	@Test
	void shouldAllowEachStepOnlyFromItsStatuses() {
		assertThat(OrderStep.DISPATCH.allowedFrom(OrderStatus.ORDERED)).isTrue();
		assertThat(OrderStep.DISPATCH.allowedFrom(OrderStatus.DECLINED)).isTrue();
		assertThat(OrderStep.DISPATCH.allowedFrom(OrderStatus.ACCEPTED)).isFalse();
		assertThat(OrderStep.ACCEPT.allowedFrom(OrderStatus.ORDERED)).isFalse();
		assertThat(OrderStep.DECLINE.allowedFrom(OrderStatus.DISPATCHED)).isTrue();
		assertThat(OrderStep.RATE.allowedFrom(OrderStatus.ACCEPTED)).isFalse();
		assertThat(OrderStep.RATE.allowedFrom(OrderStatus.DELIVERED)).isTrue();
		assertThat(OrderStep.CANCEL.allowedFrom(OrderStatus.DELIVERED)).isFalse();
	}

}
