package org.lianjian.holiday;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.validation.PlainText;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One holiday of a notice in one go: its days off from {@code firstDay} to
 * {@code lastDay}, and its make-up working days, typed as dates separated by commas, 顿号
 * or spaces (for example {@code 2026-09-20, 2026-10-10}); blank when there are none.
 */
record HolidayNoticeForm(
		@NotBlank(message = "{validation.required}") @Size(max = 200,
				message = "{validation.size.max}") @PlainText @Nullable String notice,
		@NotBlank(message = "{validation.required}") @Size(max = 20,
				message = "{validation.size.max}") @PlainText @Nullable String name,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate firstDay,
		@NotNull(message = "{validation.required}") @DateTimeFormat(
				iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate lastDay,
		@Size(max = 200, message = "{validation.size.max}") @PlainText @Nullable String makeupDays) {

	static HolidayNoticeForm empty(@Nullable String notice) {
		return new HolidayNoticeForm(notice == null ? "" : notice, "", null, null, "");
	}

}
