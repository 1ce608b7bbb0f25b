package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.ListExports;
import org.lianjian.unit.UnitPick;
import org.lianjian.unit.UnitService;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The agreement list, its export and unit suggestions, and the agreement page. The
 * lifecycle steps, fulfilment and files posted from the page are
 * {@link AgreementActionsController}'s; the form is {@link AgreementFormController}'s.
 * Scope is the services' business (404 outside it).
 */
@Controller
@RequestMapping("/agreements")
class AgreementController {

	static final String VIEW_LIST = "agreement/list";

	/** The list's filter parameters, kept by the export link. */
	private static final Set<String> EXPORT_PARAMS = Set.of("q", "status", "level", "area", "unit", "unitName", "org",
			"year", "rag", "endsFrom", "endsTo");

	private final AgreementSearch search;

	private final AgreementDetails details;

	private final AgreementPage page;

	private final AgreementQueries queries;

	private final AgreementExporter exporter;

	private final ScopeService scopes;

	private final UnitService units;

	private final MessageSource messages;

	private final Clock clock;

	AgreementController(AgreementSearch search, AgreementDetails details, AgreementPage page, AgreementQueries queries,
			AgreementExporter exporter, ScopeService scopes, UnitService units, MessageSource messages, Clock clock) {
		this.search = search;
		this.details = details;
		this.page = page;
		this.queries = queries;
		this.exporter = exporter;
		this.scopes = scopes;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- list and export

	@GetMapping
	String showList(@ModelAttribute("filter") @Nullable AgreementFilter filter, BindingResult result,
			@RequestParam(name = "unitName", required = false) @Nullable String unitName, HttpServletRequest request,
			Model model) {
		AgreementFilter given = (filter == null || result.hasErrors()) ? AgreementFilter.none() : filter;
		UnitPick pick = unitPick(given, unitName);
		AgreementFilter f = given.withUnit(pick.id());
		model.addAttribute("filter", f);
		model.addAttribute("unitPick", pick);
		// a liaison sees one unit: no filter that picks among units
		model.addAttribute("unitFilter", !this.scopes.current().seesOneUnit());
		model.addAttribute("page", this.search.search(f));
		model.addAttribute("statuses", AgreementStatus.values());
		model.addAttribute("levels", AgreementLevel.values());
		model.addAttribute("areas", CooperationArea.values());
		model.addAttribute("rags", Rag.values());
		model.addAttribute("years", ListExports.recentYears(this.clock));
		model.addAttribute("orgOptions", this.queries.organisationFilterOptions());
		model.addAttribute("exportHref", ListExports.exportHref(request, "/agreements/export.xlsx", EXPORT_PARAMS));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.agreements", null)));

		return VIEW_LIST;
	}

	@GetMapping("/export.xlsx")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") @Nullable AgreementFilter filter, BindingResult result,
			@RequestParam(name = "unitName", required = false) @Nullable String unitName, Locale locale) {
		AgreementFilter given = (filter == null || result.hasErrors()) ? AgreementFilter.none() : filter;
		AgreementFilter f = given.withUnit(unitPick(given, unitName).id());
		byte[] bytes = this.exporter.export(f, locale);
		String name = this.messages.getMessage("agreement.export.file", null, "agreements", locale) + "-"
				+ LocalDate.now(this.clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx";
		return ListExports.xlsx(bytes, name);
	}

	/** Suggestions for the list's unit filter, as {@code <option>}s for its datalist. */
	@GetMapping(path = "/unit-suggestions", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String unitSuggestions(@RequestParam(name = "unitName", required = false) @Nullable String unitName) {
		return UnitPick.suggestions(this.queries.unitFilterOptions(), unitName, AgreementViews.Ref::name);
	}

	private UnitPick unitPick(AgreementFilter filter, @Nullable String unitName) {
		return UnitPick.resolve(filter.unit(), unitName, this.queries::unitFilterOptions, AgreementViews.Ref::id,
				AgreementViews.Ref::name, (id) -> this.units.nameInScope(id).orElse(""));
	}

	// ---------------------------------------------------------------- the agreement page

	@GetMapping("/{id}")
	String showDetail(@PathVariable Long id, Model model) {
		this.page.render(this.details.detail(id), model);
		return AgreementPage.VIEW_DETAIL;
	}

}
