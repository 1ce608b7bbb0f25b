package org.lianjian.unit;

import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.PageView;

/**
 * The unit list's search, filters, sort and page, as plain GET parameters so that a
 * filtered list can be bookmarked.
 */
public record UnitFilter(@Nullable String q, @Nullable UnitCategory category, @Nullable AdminRank rank,
		@Nullable Long area, @Nullable Long network, @Nullable Boolean member, @Nullable UnitStatus status,
		@Nullable Boolean vacant, @Nullable String sort, @Nullable String dir, @Nullable Integer page) {

	/** Columns the list may be sorted by. */
	static final Set<String> SORTABLE = Set.of("name", "category", "adminRank", "headcount", "updatedAt");

	public static UnitFilter none() {
		return new UnitFilter(null, null, null, null, null, null, null, null, null, null, null);
	}

	String sortOrDefault() {
		return (this.sort != null && SORTABLE.contains(this.sort)) ? this.sort : "name";
	}

	boolean descending() {
		return "desc".equalsIgnoreCase(this.dir);
	}

	int pageOrFirst() {
		return PageView.index(this.page);
	}

}
