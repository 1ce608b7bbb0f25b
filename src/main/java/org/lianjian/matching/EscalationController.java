package org.lianjian.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.shared.export.XlsxColumn;
import org.lianjian.shared.export.XlsxTable;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.ListExports;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The escalation list for the higher committee ({@code /matching/escalations}): the needs
 * marked "超出供给能力", with who raised them, the reason and the day they were marked, and its
 * .xlsx. Staff and admins see every area, a secretary their area's, a liaison their
 * unit's; a user with no area or unit gets 403.
 */
@Controller
@RequestMapping("/matching")
class EscalationController {

	static final String VIEW = "matching/escalations";

	/** The most rows the export writes. */
	static final int EXPORT_LIMIT = 20_000;

	private static final Set<String> EXPORT_PARAMS = Set.of("category", "area");

	private static final List<XlsxColumn<EscalationQueries.Row>> COLUMNS = List.of(
			XlsxColumn.of("matching.need.title", 30, EscalationQueries.Row::title),
			XlsxColumn.of("matching.category", 12, EscalationQueries.Row::category),
			XlsxColumn.of("matching.area", 18, EscalationQueries.Row::area),
			XlsxColumn.of("matching.need.raisedBy", 22, EscalationController::raisedBy),
			XlsxColumn.of("matching.escalations.reason", 40, EscalationQueries.Row::reason),
			XlsxColumn.of("matching.escalations.markedOn", 12, EscalationQueries.Row::markedOn),
			XlsxColumn.of("matching.status", 10, (r) -> XlsxColumn.message(r.status().messageKey())));

	private final EscalationQueries queries;

	private final CategoryService categories;

	private final MatchingAccess access;

	private final MessageSource messages;

	private final Clock clock;

	EscalationController(EscalationQueries queries, CategoryService categories, MatchingAccess access,
			MessageSource messages, Clock clock) {
		this.queries = queries;
		this.categories = categories;
		this.access = access;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/escalations")
	String showList(@ModelAttribute("filter") MatchingFilters.@Nullable EscalationFilter filter, BindingResult result,
			HttpServletRequest request, Model model) {
		DataScope scope = scope();
		MatchingFilters.EscalationFilter f = given(filter, result);
		model.addAttribute("filter", f);
		model.addAttribute("page", this.queries.page(scope, f));
		model.addAttribute("categoryOptions", this.categories.options());
		model.addAttribute("areaOptions", this.access.areaOptions());
		model.addAttribute("exportHref", ListExports.exportHref(request, "/matching/escalations.xlsx", EXPORT_PARAMS));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("matching.needs.title", "/matching/needs"),
				Crumb.key("matching.escalations.title", null)));
		return VIEW;
	}

	@GetMapping("/escalations.xlsx")
	ResponseEntity<byte[]> export(@ModelAttribute("filter") MatchingFilters.@Nullable EscalationFilter filter,
			BindingResult result, Locale locale) {
		DataScope scope = scope();
		MatchingFilters.EscalationFilter f = given(filter, result);
		byte[] bytes = XlsxTable.write("matching.escalations.sheet", COLUMNS,
				(sink) -> this.queries.all(scope, f, EXPORT_LIMIT, sink), this.messages, locale);
		return ListExports.xlsx(bytes,
				"escalations-" + LocalDate.now(this.clock).format(DateTimeFormatter.BASIC_ISO_DATE) + ".xlsx");
	}

	/** Staff and admins, a secretary with an area, a liaison with a unit; else 403. */
	private DataScope scope() {
		DataScope scope = this.access.scope();
		boolean may = scope.isAll() || (scope.isSecretary() && !scope.organisationIds().isEmpty())
				|| (scope.isLiaison() && scope.unitId() != null);
		if (!may) {
			throw new AccessDeniedException("escalations");
		}
		return scope;
	}

	private static MatchingFilters.EscalationFilter given(MatchingFilters.@Nullable EscalationFilter filter,
			BindingResult result) {
		return (filter == null || result.hasErrors()) ? new MatchingFilters.EscalationFilter(null, null, null) : filter;
	}

	private static Object raisedBy(EscalationQueries.Row r) {
		return (r.raisedByName() != null) ? r.raisedByName() : XlsxColumn.message(r.raisedBy().messageKey());
	}

}
