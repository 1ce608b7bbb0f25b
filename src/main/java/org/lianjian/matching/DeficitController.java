package org.lianjian.matching;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.export.XlsxColumn;
import org.lianjian.shared.export.XlsxTable;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.ListExports;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The deficit page ({@code /matching/deficit}): the heat map (drawn by
 * {@code /js/deficit.js} from {@code /matching/deficit.json}, same origin), the same
 * figures as a table, and their .xlsx. All three take the same parameters: {@code year},
 * {@code quarter}, {@code measure} and {@code area}.
 */
@Controller
@RequestMapping("/matching")
class DeficitController {

	static final String VIEW = "matching/deficit";

	private static final List<XlsxColumn<Deficit.Cell>> COLUMNS = List.of(
			XlsxColumn.of("matching.category", 14, Deficit.Cell::category),
			XlsxColumn.of("matching.area", 20, Deficit.Cell::area),
			XlsxColumn.of("matching.deficit.needs", 10, Deficit.Cell::needs),
			XlsxColumn.of("matching.deficit.needed", 12, Deficit.Cell::needed),
			XlsxColumn.of("matching.deficit.delivered", 12, Deficit.Cell::delivered),
			XlsxColumn.of("matching.deficit.unmet", 12, Deficit.Cell::unmet),
			XlsxColumn.of("matching.deficit.unmetShare", 12, Deficit.Cell::unmetPercent));

	private final Deficit deficit;

	private final NeedAgeing ageing;

	private final MessageSource messages;

	private final Clock clock;

	DeficitController(Deficit deficit, NeedAgeing ageing, MessageSource messages, Clock clock) {
		this.deficit = deficit;
		this.ageing = ageing;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/deficit")
	String show(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Integer quarter,
			@RequestParam(required = false) @Nullable Measure measure,
			@RequestParam(required = false) @Nullable Long area, Model model) {
		Deficit.View view = this.deficit.view(year, quarter, measure, area);
		model.addAttribute("deficit", view);
		model.addAttribute("years", ListExports.recentYears(this.clock));
		model.addAttribute("measures", Measure.values());
		model.addAttribute("aged", this.ageing.byCategory());
		model.addAttribute("query", query(view));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("matching.needs.title", "/matching/needs"),
				Crumb.key("matching.deficit.title", null)));
		return VIEW;
	}

	@GetMapping(path = "/deficit.json", produces = "application/json")
	@ResponseBody
	Deficit.View json(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Integer quarter,
			@RequestParam(required = false) @Nullable Measure measure,
			@RequestParam(required = false) @Nullable Long area) {
		return this.deficit.view(year, quarter, measure, area);
	}

	@GetMapping("/deficit.xlsx")
	ResponseEntity<byte[]> xlsx(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Integer quarter,
			@RequestParam(required = false) @Nullable Measure measure,
			@RequestParam(required = false) @Nullable Long area, Locale locale) {
		Deficit.View view = this.deficit.view(year, quarter, measure, area);
		byte[] body = XlsxTable.<Deficit.Cell>write("matching.deficit.sheet", COLUMNS, view.cells()::forEach,
				this.messages, locale);
		String name = "deficit-" + view.year() + ((view.quarter() != null) ? "-q" + view.quarter() : "") + ".xlsx";
		return ResponseEntity.ok()
			.contentType(ListExports.XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

	private static String query(Deficit.View view) {
		StringBuilder q = new StringBuilder("year=").append(view.year());
		if (view.quarter() != null) {
			q.append("&quarter=").append(view.quarter());
		}
		if (view.measure() != null) {
			q.append("&measure=").append(view.measure().name());
		}
		if (view.area() != null) {
			q.append("&area=").append(view.area());
		}
		return q.toString();
	}

}
