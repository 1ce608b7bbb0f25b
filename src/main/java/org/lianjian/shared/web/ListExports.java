package org.lianjian.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the filtered lists (agreements, projects, activities) share: the year choices of
 * their filter, the export link that keeps the filters, and the .xlsx download.
 */
public final class ListExports {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private ListExports() {
	}

	/**
	 * Years for a list's year filter: next year back to six years ago, newest first.
	 * @param clock the portal's clock
	 * @return the years
	 */
	public static List<Integer> recentYears(Clock clock) {
		int now = LocalDate.now(clock).getYear();
		List<Integer> years = new ArrayList<>();
		for (int y = now + 1; y >= now - 6; y--) {
			years.add(y);
		}
		return years;
	}

	/**
	 * The export link of a list: the export path with the list's filter parameters and
	 * without its page.
	 * @param request the list request
	 * @param path the export path, e.g. {@code /agreements/export.xlsx}
	 * @param filterParams the parameters to keep
	 * @return the encoded link
	 */
	public static String exportHref(HttpServletRequest request, String path, Set<String> filterParams) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		request.getParameterMap().forEach((name, values) -> {
			if (filterParams.contains(name)) {
				for (String v : values) {
					if (v != null && !v.isBlank()) {
						uri.queryParam(name, v);
					}
				}
			}
		});
		return uri.encode().build().toUriString();
	}

	/**
	 * An .xlsx download, not cached, with a UTF-8 file name.
	 * @param bytes the workbook
	 * @param fileName the file name the browser saves
	 * @return the response
	 */
	public static ResponseEntity<byte[]> xlsx(byte[] bytes, String fileName) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
			.body(bytes);
	}

}
