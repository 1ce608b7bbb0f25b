package org.lianjian.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking form proposes a slot that can be booked: never one that has passed, nor a
 * day the position is closed.
 */
class BookingSuggestionTests {

	/** Open Monday to Friday, 09:00–17:00. */
	private static final PositionViews.Detail WEEKDAYS = position();

	/** Wednesday 25 November 2026. */
	private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

	@Test
	void beforeOpeningItProposesTheFirstHourOfToday() {
		assertSlot(BookingForm.nextOpenHour(WEEKDAYS, WEDNESDAY.atTime(7, 15), null), WEDNESDAY, "09:00", "10:00");
	}

	@Test
	void duringTheDayItProposesTheNextWholeHour() {
		assertSlot(BookingForm.nextOpenHour(WEEKDAYS, WEDNESDAY.atTime(10, 20), null), WEDNESDAY, "11:00", "12:00");
	}

	@Test
	void lateOnFridayItProposesMondayMorning() {
		LocalDateTime friday = WEDNESDAY.plusDays(2).atTime(16, 30);
		assertSlot(BookingForm.nextOpenHour(WEEKDAYS, friday, 42L), WEDNESDAY.plusDays(5), "09:00", "10:00");
		assertThat(BookingForm.nextOpenHour(WEEKDAYS, friday, 42L).activityId()).isEqualTo(42L);
	}

	private static void assertSlot(BookingForm form, LocalDate day, String start, String end) {
		assertThat(form.day()).isEqualTo(day);
		assertThat(form.startsAt()).isEqualTo(LocalTime.parse(start));
		assertThat(form.endsAt()).isEqualTo(LocalTime.parse(end));
	}

	private static PositionViews.Detail position() {
		List<PositionViews.Hours> hours = new ArrayList<>();
		for (int d = 1; d <= 5; d++) {
			hours.add(new PositionViews.Hours(d, LocalTime.of(9, 0), LocalTime.of(17, 0)));
		}
		return new PositionViews.Detail(1L, 0, PositionKind.values()[0], PositionCategory.values()[0], "曲阳社区学校", null,
				80, null, null, null, null, null, false, hours);
	}

}
