package org.lianjian.matching;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.PageView;

/**
 * The filters of the matching lists, as plain GET parameters.
 */
final class MatchingFilters {

	/** Rows per page of every matching list. */
	static final int PAGE_SIZE = 20;

	private MatchingFilters() {
	}

	/**
	 * The need list's filters.
	 *
	 * @param q part of the title
	 * @param category category id
	 * @param area residential area id
	 * @param status status
	 * @param direction direction of service
	 * @param page zero-based page
	 * @param aged only the ageing needs ({@link NeedAgeing})
	 * @param year only the needs raised in this year ({@link DeficitPeriod#RAISED_IN})
	 * @param quarter and in this quarter of it (with a year only)
	 * @param measure only the needs in this measure
	 */
	record NeedFilter(@Nullable String q, @Nullable Long category, @Nullable Long area, @Nullable NeedStatus status,
			@Nullable Direction direction, @Nullable Integer page, @Nullable Boolean aged, @Nullable Integer year,
			@Nullable Integer quarter, @Nullable Measure measure) {

		static NeedFilter none() {
			return new NeedFilter(null, null, null, null, null, null, null, null, null, null);
		}

		/** The period asked for (as the deficit reads it), or null for any time. */
		@Nullable DeficitPeriod period(java.time.LocalDate today) {
			return (this.year != null) ? DeficitPeriod.of(this.year, this.quarter, today) : null;
		}

		int pageNumber() {
			return PageView.index(this.page);
		}

	}

	/**
	 * The resource list's filters.
	 *
	 * @param q part of the title
	 * @param category category id
	 * @param page zero-based page
	 */
	record ResourceFilter(@Nullable String q, @Nullable Long category, @Nullable Integer page) {

		int pageNumber() {
			return PageView.index(this.page);
		}

	}

	/**
	 * The menu's filters.
	 *
	 * @param category category id
	 * @param area residential area id (items offered there, or anywhere)
	 */
	record MenuFilter(@Nullable Long category, @Nullable Long area) {

	}

	/**
	 * The order list's filters.
	 *
	 * @param status status
	 * @param late only orders whose open stage is past due
	 * @param page zero-based page
	 * @param stage only orders waiting in this stage
	 * @param lateness only orders whose open stage is this late (amber: past due, not
	 * red; red: past its red date)
	 */
	record OrderFilter(@Nullable OrderStatus status, @Nullable Boolean late, @Nullable Integer page,
			@Nullable OrderStage stage, @Nullable Lateness lateness) {

		static OrderFilter none() {
			return new OrderFilter(null, null, null, null, null);
		}

		int pageNumber() {
			return PageView.index(this.page);
		}

	}

	/**
	 * The escalation list's filters.
	 *
	 * @param category category id
	 * @param area residential area id
	 * @param page zero-based page
	 */
	record EscalationFilter(@Nullable Long category, @Nullable Long area, @Nullable Integer page) {

		int pageNumber() {
			return PageView.index(this.page);
		}

	}

}
