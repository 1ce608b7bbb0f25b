package org.lianjian.shared.web;

import java.util.List;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;

/**
 * One page of a list, ready for the windowed pager fragment. Only a handful of page links
 * are drawn around the current page, whatever the number of pages.
 *
 * @param <T> the row record
 * @param content the rows
 * @param number zero-based page number
 * @param size page size
 * @param totalElements number of rows over all pages (with {@code more}: counted up to
 * there)
 * @param totalPages number of pages (with {@code more}: of the rows counted)
 * @param more whether there are more rows than counted: a long list is counted only so
 * far, and the pager shows "more than" and no link to the last page
 */
public record PageView<T>(List<T> content, int number, int size, long totalElements, int totalPages, boolean more) {

	private static final int WINDOW = 2;

	/**
	 * The highest page index a list reads. A page past the end is empty; one beyond this
	 * would make the row offset (index times page size) overflow an int, which the JPA
	 * layer refuses.
	 */
	public static final int MAX_INDEX = 1_000_000;

	public PageView(List<T> content, int number, int size, long totalElements, int totalPages) {
		this(content, number, size, totalElements, totalPages, false);
	}

	/**
	 * The page index to read for a {@code page} parameter: missing or negative is the
	 * first page, and anything above {@link #MAX_INDEX} is read as that (an empty page).
	 * @param page the requested zero-based page, or null
	 * @return the index, from 0 to {@link #MAX_INDEX}
	 */
	public static int index(@Nullable Integer page) {
		return (page == null || page < 0) ? 0 : Math.min(page, MAX_INDEX);
	}

	public static <T> PageView<T> of(Page<T> page) {
		return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

	/**
	 * A page of a list whose rows were counted only up to a cap.
	 * @param <T> the row record
	 * @param content the rows
	 * @param number zero-based page number
	 * @param size page size
	 * @param counted the rows counted, at most the cap
	 * @param more whether the count stopped at the cap
	 * @return the page
	 */
	public static <T> PageView<T> counted(List<T> content, int number, int size, long counted, boolean more) {
		int pages = (int) Math.max(number + (content.isEmpty() ? 0 : 1), (counted + size - 1) / size);
		return new PageView<>(content, number, size, counted, pages, more);
	}

	public boolean hasPrevious() {
		return this.number > 0;
	}

	public boolean hasNext() {
		return this.more || this.number + 1 < this.totalPages;
	}

	public int lastIndex() {
		return Math.max(0, this.totalPages - 1);
	}

	/**
	 * Zero-based page numbers to draw as links: at most five around the current one.
	 * @return the window of page numbers
	 */
	public List<Integer> window() {
		if (this.totalPages <= 1) {
			return List.of();
		}
		int from = Math.max(0, this.number - WINDOW);
		int to = Math.min(this.totalPages - 1, this.number + WINDOW);
		return IntStream.rangeClosed(from, to).boxed().toList();
	}

	public long firstRow() {
		return this.totalElements == 0 ? 0 : (long) this.number * this.size + 1;
	}

	public long lastRow() {
		return Math.min(this.totalElements, (long) (this.number + 1) * this.size);
	}

}
