package org.lianjian.unit;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of the unit list that keep its search and filters: the column headers that sort,
 * and the export of the filtered list. Used by the template as {@code links}.
 */
final class UnitListLinks {

	private final UnitFilter filter;

	UnitListLinks(UnitFilter filter) {
		this.filter = filter;
	}

	/**
	 * Every sortable column's header link.
	 * @return column to link
	 */
	Map<String, UnitSortLink> sortLinks() {
		Map<String, UnitSortLink> links = new HashMap<>();
		for (String column : UnitFilter.SORTABLE) {
			links.put(column, new UnitSortLink(sort(column), ariaSort(column), icon(column)));
		}
		return links;
	}

	/**
	 * The link of a sortable column header: ascending first, descending when the list is
	 * already sorted ascending by that column. The page goes back to the first.
	 * @param column one of {@link UnitFilter#SORTABLE}
	 * @return path and query
	 */
	String sort(String column) {
		boolean desc = isSortedBy(column) && !this.filter.descending();
		return query("/units", column, desc ? "desc" : "asc");
	}

	/**
	 * The export of the list as shown, without the page.
	 * @return path and query
	 */
	String export() {
		return query("/units/export.xlsx", this.filter.sort(), this.filter.dir());
	}

	boolean isSortedBy(String column) {
		return this.filter.sortOrDefault().equals(column);
	}

	/**
	 * The value of the column header's aria-sort.
	 * @param column the column
	 * @return ascending, descending or null
	 */
	@Nullable String ariaSort(String column) {
		if (!isSortedBy(column)) {
			return null;
		}
		return this.filter.descending() ? "descending" : "ascending";
	}

	/**
	 * The icon of a column header.
	 * @param column the column
	 * @return a bootstrap-icons class
	 */
	String icon(String column) {
		if (!isSortedBy(column)) {
			return "bi-arrow-down-up text-body-tertiary";
		}
		return this.filter.descending() ? "bi-sort-down" : "bi-sort-up";
	}

	private String query(String path, @Nullable String sort, @Nullable String dir) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		add(b, "q", (this.filter.q() == null || this.filter.q().isBlank()) ? null : this.filter.q().trim());
		add(b, "category", this.filter.category());
		add(b, "rank", this.filter.rank());
		add(b, "area", this.filter.area());
		add(b, "network", this.filter.network());
		add(b, "member", this.filter.member());
		add(b, "status", this.filter.status());
		add(b, "vacant", this.filter.vacant());
		add(b, "sort", sort);
		add(b, "dir", dir);
		return b.encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder b, String name, @Nullable Object value) {
		if (value != null) {
			b.queryParam(name, (value instanceof Enum<?> e) ? e.name() : value.toString());
		}
	}

}
