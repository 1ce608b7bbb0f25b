package org.lianjian.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.Role;
import org.lianjian.account.ScopeService;
import org.lianjian.report.AnnualReport.Cell;
import org.lianjian.report.AnnualReport.Chart;
import org.lianjian.report.AnnualReport.Section;
import org.lianjian.report.AnnualReportService.AnnualReportPage;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The annual report page {@code /reports/annual/{year}}: the three parts with figures
 * against the previous year, tables, charts (drawn by {@code js/annual-report.js} from
 * {@code data-chart}), part 3's text for staff to edit, and finalising for admins. The
 * PDF and XLSX exports live at {@code /reports/annual/{year}.pdf} and {@code .xlsx}.
 */
@Controller
@RequestMapping("/reports/annual")
class AnnualReportController {

	static final String VIEW = "report/annual";

	/** Years offered in the year selector. */
	static final int SELECTOR_YEARS = 10;

	private final DateTimeFormatter time;

	private final AnnualReportService reports;

	private final ScopeService scopes;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	AnnualReportController(AnnualReportService reports, ScopeService scopes, MessageSource messages, JsonMapper json,
			Clock clock) {
		this.reports = reports;
		this.scopes = scopes;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
		this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
	}

	@GetMapping
	String showYear(@RequestParam(required = false) @Nullable String year) {
		String target = (year != null && year.matches("\\d{4}")) ? year
				: Integer.toString(LocalDate.now(this.clock).getYear());
		return "redirect:/reports/annual/" + target;
	}

	@GetMapping("/{year:\\d{4}}")
	String showReport(@PathVariable int year, @RequestParam(required = false) @Nullable String version, Model model) {
		boolean live = "live".equals(version);
		Integer wanted = null;
		if (version != null && !version.isBlank() && !live) {
			if (!version.matches("\\d{1,6}")) {
				throw AnnualReportNotFoundException.forYear(year);
			}
			wanted = Integer.valueOf(version);
		}
		AnnualReportPage page = this.reports.page(year, wanted, live);
		MeasuresForm form = this.scopes.current().isAll() ? this.reports.measuresForm(year, suggested(page.report()))
				: new MeasuresForm("", null);
		model.addAttribute("form", form);
		model.addAttribute("measuresOpen", false);
		return view(model, page);
	}

	@PostMapping("/{year:\\d{4}}/measures")
	String saveMeasures(@PathVariable int year, @Valid @ModelAttribute("form") MeasuresForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!this.scopes.current().isStaff()) {
			throw new AccessDeniedException("staff only");
		}
		if (!result.hasErrors()) {
			try {
				this.reports.saveMeasures(year, form);
				redirect.addFlashAttribute("message", "report.annual.measures.saved");
				return "redirect:/reports/annual/" + year + "?version=live#section-measures";
			}
			catch (StaleEditException ex) {
				FormErrors.conflict(result, ex);
			}
		}
		model.addAttribute("measuresOpen", true);
		return view(model, this.reports.page(year, null, true));
	}

	@PostMapping("/{year:\\d{4}}/finalise")
	String finalise(@PathVariable int year, RedirectAttributes redirect) {
		int version = this.reports.finalise(year);
		redirect.addFlashAttribute("message", "report.annual.finalised");
		return "redirect:/reports/annual/" + year + "?version=" + version;
	}

	private String view(Model model, AnnualReportPage page) {
		AnnualReport report = page.report();
		DataScope scope = this.scopes.current();
		Locale locale = LocaleContextHolder.getLocale();
		int year = report.year();
		model.addAttribute("page", page);
		model.addAttribute("report", report);
		model.addAttribute("year", year);
		model.addAttribute("years", years(year));
		model.addAttribute("parts", parts(report));
		model.addAttribute("notes", notes(report, locale));
		model.addAttribute("charts", charts(report, locale));
		model.addAttribute("versions",
				page.versions()
					.stream()
					.map((v) -> new VersionOption(v.version(), this.time.format(v.finalisedAt()), v.finalisedBy()))
					.toList());
		model.addAttribute("generatedAt", this.time.format(report.generatedAt()));
		model.addAttribute("canEdit", scope.isAll());
		model.addAttribute("canFinalise", scope.role() == Role.ADMIN);
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("report.annual.title", null)));
		return VIEW;
	}

	/**
	 * A finalised version in the version selector.
	 *
	 * @param version its number
	 * @param finalisedAt when, formatted
	 * @param finalisedBy who
	 */
	record VersionOption(int version, String finalisedAt, String finalisedBy) {

	}

	private List<Integer> years(int shown) {
		int current = LocalDate.now(this.clock).getYear();
		List<Integer> years = new ArrayList<>();
		for (int y = current; y > current - SELECTOR_YEARS; y--) {
			years.add(y);
		}
		if (!years.contains(shown)) {
			years.add(shown);
		}
		return years;
	}

	/** Sections grouped by part, in reading order. */
	private static Map<Integer, List<Section>> parts(AnnualReport report) {
		Map<Integer, List<Section>> parts = new LinkedHashMap<>();
		for (int part = 1; part <= 3; part++) {
			parts.put(part, new ArrayList<>());
		}
		report.sections().forEach((s) -> parts.computeIfAbsent(s.part(), (p) -> new ArrayList<>()).add(s));
		return parts;
	}

	private Map<String, List<String>> notes(AnnualReport report, Locale locale) {
		Map<String, List<String>> notes = new LinkedHashMap<>();
		for (Section s : report.sections()) {
			notes.put(s.key(), s.notes()
				.stream()
				.map((n) -> this.messages.getMessage(n.messageKey(), n.args().toArray(), n.messageKey(), locale))
				.toList());
		}
		return notes;
	}

	/** Each chart as JSON for its {@code data-chart} attribute, labels resolved. */
	private Map<String, String> charts(AnnualReport report, Locale locale) {
		Map<String, String> charts = new LinkedHashMap<>();
		for (Section s : report.sections()) {
			for (Chart c : s.charts()) {
				Map<String, Object> chart = new LinkedHashMap<>();
				chart.put("kind", c.kind());
				chart.put("title", msg(c.titleKey(), locale));
				chart.put("categories", c.categories().stream().map((cell) -> label(cell, locale)).toList());
				chart.put("series",
						c.series()
							.stream()
							.map((series) -> Map.of("name", msg(series.nameKey(), locale), "data",
									series.values().stream().map(BigDecimal::doubleValue).toList()))
							.toList());
				charts.put(c.key(), this.json.writeValueAsString(chart));
			}
		}
		return charts;
	}

	private String label(Cell cell, Locale locale) {
		if (cell.messageKey() != null) {
			return msg(cell.messageKey(), locale);
		}
		if (cell.number() != null) {
			return cell.number().stripTrailingZeros().toPlainString();
		}
		return cell.text() == null ? "" : cell.text();
	}

	private String msg(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private String suggested(AnnualReport report) {
		return report.sections()
			.stream()
			.filter((s) -> s.part() == 3)
			.findFirst()
			.map((s) -> this.reports.suggestedText(s.notes(), LocaleContextHolder.getLocale()))
			.orElse("");
	}

}
