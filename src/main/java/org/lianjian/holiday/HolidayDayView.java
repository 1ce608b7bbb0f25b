package org.lianjian.holiday;

import java.time.LocalDate;

/**
 * A day of the schedule as the admin list shows it.
 */
record HolidayDayView(long id, LocalDate day, HolidayKind kind, String name, String notice, long version) {

	static HolidayDayView of(HolidayDay d) {
		return new HolidayDayView(java.util.Objects.requireNonNull(d.getId()), d.getDay(), d.getKind(), d.getName(),
				d.getNotice(), d.getVersion());
	}

	/** Message key of the weekday: {@code holiday.weekday.1} (Monday) to {@code .7}. */
	public String weekdayKey() {
		return "holiday.weekday." + this.day.getDayOfWeek().getValue();
	}

}
