package org.lianjian.holiday;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * Add or edit one day of the official schedule: the day, whether it is a day off or a
 * make-up working day, the holiday's name (元旦, 春节, 国庆节…) and the notice it comes from.
 */
record HolidayDayForm(
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
		@NotNull(message = "{validation.required}") @Nullable HolidayKind kind,
		@NotBlank(message = "{validation.required}") @Size(max = 20,
				message = "{validation.size.max}") @PlainText @Nullable String name,
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") @PlainText @Nullable String notice,
		@Nullable Long version) {

	static HolidayDayForm empty(@Nullable String notice) {
		return new HolidayDayForm(null, HolidayKind.HOLIDAY, "", notice == null ? "" : notice, null);
	}

	static HolidayDayForm of(HolidayDay day) {
		return new HolidayDayForm(day.getDay(), day.getKind(), day.getName(), day.getNotice(), day.getVersion());
	}

}
