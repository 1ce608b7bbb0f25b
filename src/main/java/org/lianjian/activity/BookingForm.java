package org.lianjian.activity;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A booking request: one day, a time range within the opening hours, and what it is for
 * (a planned activity, or a plain purpose text).
 *
 * @param day the day
 * @param startsAt start time
 * @param endsAt end time (exclusive)
 * @param purpose what the position is booked for
 * @param activityId the activity the booking is for, if any
 */
public record BookingForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
		@NotNull @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime startsAt,
		@NotNull @DateTimeFormat(pattern = "HH:mm") @Nullable LocalTime endsAt,
		@NotBlank @Size(max = 200) @PlainText @Nullable String purpose, @Nullable Long activityId) {

	public static BookingForm empty(LocalDate day, @Nullable Long activityId) {
		return new BookingForm(day, LocalTime.of(9, 0), LocalTime.of(10, 0), null, activityId);
	}

	/**
	 * The first hour still ahead in the position's opening hours, within two weeks: today
	 * from the next whole hour, or a later open day from its opening time. Without one,
	 * tomorrow at the default hour.
	 */
	static BookingForm nextOpenHour(PositionViews.Detail detail, LocalDateTime now, @Nullable Long activity) {
		for (int i = 0; i < 14; i++) {
			LocalDate day = now.toLocalDate().plusDays(i);
			PositionViews.Hours hours = detail.hoursOn(day.getDayOfWeek().getValue());
			if (hours == null) {
				continue;
			}
			LocalTime start = hours.opens();
			if (i == 0) {
				if (now.getHour() >= 23) {
					continue;
				}
				LocalTime next = now.toLocalTime().truncatedTo(ChronoUnit.HOURS).plusHours(1);
				start = next.isAfter(start) ? next : start;
			}
			LocalTime end = start.plusHours(1);
			if (end.isAfter(hours.closes()) || end.isBefore(start)) {
				continue;
			}
			return new BookingForm(day, start, end, null, activity);
		}
		return empty(now.toLocalDate().plusDays(1), activity);
	}

}
