package org.lianjian.project;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.DateRange;

/**
 * The project list's filters.
 *
 * @param q part of the name
 * @param brand brand id
 * @param status status
 * @param org lead organisation id
 * @param unit partner unit id
 * @param year a year the project's period overlaps
 * @param page zero-based page
 */
public record ProjectFilter(@Nullable String q, @Nullable Long brand, @Nullable ProjectStatus status,
		@Nullable Long org, @Nullable Long unit, @Nullable Integer year, @Nullable Integer page) {

	/** A year outside the date range is no year filter (see {@link DateRange#year}). */
	public ProjectFilter {
		year = DateRange.year(year);
	}

	public static ProjectFilter none() {
		return new ProjectFilter(null, null, null, null, null, null, null);
	}

	ProjectFilter withUnit(@Nullable Long unit) {
		return new ProjectFilter(this.q, this.brand, this.status, this.org, unit, this.year, this.page);
	}

	ProjectFilter withPage(@Nullable Integer page) {
		return new ProjectFilter(this.q, this.brand, this.status, this.org, this.unit, this.year, page);
	}

}
