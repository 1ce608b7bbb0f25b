package org.lianjian.dashboard;

import java.math.BigDecimal;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A figure on the home page and the list it counts: following {@code href} opens that
 * list, filtered exactly, and its total is {@code value} (a count of rows, or for hours
 * the list's hours total). Each figure is counted by the list's own query, through the
 * owning module's service.
 *
 * @param key stable identifier, e.g. {@code units}
 * @param value the figure
 * @param hours whether the figure is a number of hours (else a count of rows)
 * @param href the filtered list
 */
public record DashboardFigure(String key, BigDecimal value, boolean hours, String href) {

	static DashboardFigure count(String key, long value, String href) {
		return new DashboardFigure(key, BigDecimal.valueOf(value), false, href);
	}

	static DashboardFigure hours(String key, BigDecimal value, String href) {
		return new DashboardFigure(key, value, true, href);
	}

	/** Whether the figure is above zero (a warning colour, a card shown at all). */
	public boolean positive() {
		return this.value.signum() > 0;
	}

	/**
	 * A list's address with its filter parameters.
	 * @param path the list
	 * @param params name, value, name, value…; null values are left out
	 * @return the address
	 */
	static String link(String path, Object... params) {
		UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
		for (int i = 0; i + 1 < params.length; i += 2) {
			if (params[i + 1] != null) {
				b.queryParam(String.valueOf(params[i]), params[i + 1]);
			}
		}
		return b.build().toUriString();
	}

}
