package org.lianjian.shared.web;

import java.util.List;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;

/**
 * One page of a list, ready for the windowed pager fragment. Only a handful of page links
 * are drawn around the current page, whatever the number of pages.
 *
 * @param <T> the row record
 * @param content the rows
 * @param number zero-based page number
 * @param size page size
 * @param totalElements number of rows over all pages
 * @param totalPages number of pages
 */
public record PageView<T>(List<T> content, int number, int size, long totalElements, int totalPages) {

	private static final int WINDOW = 2;

	public static <T> PageView<T> of(Page<T> page) {
		return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
				page.getTotalPages());
	}

	public boolean hasPrevious() {
		return this.number > 0;
	}

	public boolean hasNext() {
		return this.number + 1 < this.totalPages;
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
