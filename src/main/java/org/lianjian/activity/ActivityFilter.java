package org.lianjian.activity;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.DateRange;
import org.lianjian.shared.web.PageView;

/**
 * Filters of the activity list (all optional).
 *
 * @param type kind
 * @param status status
 * @param tag festival or series code
 * @param organiser organising organisation
 * @param unit partner unit
 * @param year year of the start
 * @param month month of the start (with a year)
 * @param publicFlag public or internal
 * @param page page number from 0
 * @param size page size
 */
public record ActivityFilter(@Nullable ActivityType type, @Nullable ActivityStatus status, @Nullable String tag,
		@Nullable Long organiser, @Nullable Long unit, @Nullable Integer year, @Nullable Integer month,
		@Nullable Boolean publicFlag, @Nullable Integer page, @Nullable Integer size) {

	/** A year outside the date range is no year filter (see {@link DateRange#year}). */
	public ActivityFilter {
		year = DateRange.year(year);
	}

	ActivityFilter withUnit(@Nullable Long unit) {
		return new ActivityFilter(this.type, this.status, this.tag, this.organiser, unit, this.year, this.month,
				this.publicFlag, this.page, this.size);
	}

	int pageNumber() {
		return PageView.index(this.page);
	}

	int pageSize() {
		return this.size == null || this.size < 1 ? 20 : Math.min(this.size, 200);
	}

	@Nullable String tagOrNull() {
		return this.tag == null || this.tag.isBlank() ? null : this.tag.trim();
	}

}
