package org.lianjian.agreement;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.PortalUser;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.ListExports;
import org.lianjian.shared.web.RenderedPages;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.shared.web.UnitPick;
import org.lianjian.structure.OrganisationOption;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The agreement pages: the list and its export, the agreement page with its lifecycle
 * steps, fulfilment log and attachments, and one form for drafting, editing and renewing.
 * Every refusal from the service comes back as a message on the page, with the user's
 * input kept; scope is the service's business (404 outside it).
 */
@Controller
@RequestMapping("/agreements")
class AgreementController {

	static final String VIEW_LIST = "agreement/list";

	static final String VIEW_DETAIL = "agreement/detail";

	static final String VIEW_FORM = "agreement/form";

	private static final String ILLEGAL = "agreement.transition.illegal";

	/** The list's filter parameters, kept by the export link. */
	private static final Set<String> EXPORT_PARAMS = Set.of("q", "status", "level", "area", "unit", "unitName", "org",
			"year", "rag", "endsFrom", "endsTo");

	private final AgreementService agreements;

	private final AgreementQueries queries;

	private final AgreementExporter exporter;

	private final AgreementFiles files;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	private final MessageSource messages;

	private final SpringValidatorAdapter validator;

	private final RenderedPages rendered;

	private final Clock clock;

	AgreementController(AgreementService agreements, AgreementQueries queries, AgreementExporter exporter,
			AgreementFiles files, ScopeService scopes, StructureService structure, UnitService units,
			MessageSource messages, Validator validator, RenderedPages rendered, Clock clock) {
		this.rendered = rendered;
		this.validator = new SpringValidatorAdapter(validator);
		this.agreements = agreements;
		this.queries = queries;
		this.exporter = exporter;
		this.files = files;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
	}

	/** Staff approve with the signing date. */
	record ApproveForm(@NotNull(message = "{validation.required}") @PastOrPresent(
			message = "{agreement.signedOn.future}") @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate signedOn) {

	}

	/** Staff send back or terminate with a reason. */
	record ReasonForm(@NotBlank(message = "{validation.required}") @Size(max = 500,
			message = "{agreement.reason.tooLong}") @Pattern(regexp = "[\\P{Cntrl}\\t\\n\\r]*",
					message = "{validation.noControl}") @Nullable String reason) {

	}

	// ---------------------------------------------------------------- list and export

	@GetMapping
	String showList(@ModelAttribute("filter") @Nullable AgreementFilter filter, BindingResult result,
			@RequestParam(name = "unitName", required = false) @Nullable String unitName, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		return this.rendered.page(VIEW_LIST, "agreements", this.scopes.current(), request, response, model, () -> {
			AgreementFilter given = (filter == null || result.hasErrors()) ? AgreementFilter.none() : filter;
			UnitPick pick = unitPick(given, unitName);
			AgreementFilter f = given.withUnit(pick.id());
			model.addAttribute("filter", f);
			model.addAttribute("unitPick", pick);
			model.addAttribute("page", this.agreements.search(f));
			model.addAttribute("statuses", AgreementStatus.values());
			model.addAttribute("levels", AgreementLevel.values());
			model.addAttribute("areas", CooperationArea.values());
			model.addAttribute("rags", Rag.values());
			model.addAttribute("years", ListExports.recentYears(this.clock));
			model.addAttribute("orgOptions", this.queries.organisationFilterOptions());
			model.addAttribute("exportHref", ListExports.exportHref(request, "/agreements/export.xlsx", EXPORT_PARAMS));
			model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.agreements", null)));
		});
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
	String showDetail(@PathVariable Long id, HttpServletRequest request, HttpServletResponse response, Model model) {
		return this.rendered.page(VIEW_DETAIL, "agreements", this.scopes.current(), request, response, model,
				() -> detailView(this.agreements.detail(id), model));
	}

	private String detailView(AgreementViews.Detail detail, Model model) {
		model.addAttribute("agreement", detail);
		List<AgreementViews.CommitmentView> loggable = detail.commitments()
			.stream()
			.filter(AgreementViews.CommitmentView::canLog)
			.toList();
		model.addAttribute("loggable", loggable);
		if (!model.containsAttribute("approveForm")) {
			model.addAttribute("approveForm", new ApproveForm(LocalDate.now(this.clock)));
		}
		if (!model.containsAttribute("sendBackForm")) {
			model.addAttribute("sendBackForm", new ReasonForm(""));
		}
		if (!model.containsAttribute("terminateForm")) {
			model.addAttribute("terminateForm", new ReasonForm(""));
		}
		if (!model.containsAttribute("logForm")) {
			model.addAttribute("logForm",
					FulfilmentForm.empty(LocalDate.now(this.clock), loggable.isEmpty() ? null : loggable.get(0).id()));
		}
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.agreements", "/agreements"), Crumb.text(detail.number(), null)));
		return VIEW_DETAIL;
	}

	/** A refused step: the agreement page again, with the reason on top. */
	private String refused(Long id, RuleViolationException ex, Model model, HttpServletResponse response) {
		model.addAttribute("actionError", text(ex));
		response.setStatus(HttpStatus.CONFLICT.value());
		return detailView(this.agreements.detail(id), model);
	}

	@PostMapping("/{id}/submit")
	String submit(@PathVariable Long id, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		try {
			this.agreements.submit(id);
		}
		catch (RuleViolationException ex) {
			return refused(id, ex, model, response);
		}
		redirect.addFlashAttribute("message", "agreement.submitted");
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/{id}/approve")
	String approve(@PathVariable Long id, @Valid @ModelAttribute("approveForm") ApproveForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgreementViews.Detail detail = staffOnly(id);
		if (result.hasErrors()) {
			return detailView(detail, model);
		}
		try {
			this.agreements.approve(id, Objects.requireNonNull(form.signedOn()));
		}
		catch (RuleViolationException ex) {
			return refused(id, ex, model, response);
		}
		redirect.addFlashAttribute("message", "agreement.approved");
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/{id}/send-back")
	String sendBack(@PathVariable Long id, @Valid @ModelAttribute("sendBackForm") ReasonForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgreementViews.Detail detail = staffOnly(id);
		if (result.hasErrors()) {
			return detailView(detail, model);
		}
		try {
			this.agreements.sendBack(id, Objects.requireNonNull(form.reason()));
		}
		catch (RuleViolationException ex) {
			if ("reason".equals(ex.getField())) {
				FormErrors.reject(result, ex);
				return detailView(detail, model);
			}
			return refused(id, ex, model, response);
		}
		redirect.addFlashAttribute("message", "agreement.sentBack");
		return "redirect:/agreements/" + id;
	}

	@PostMapping("/{id}/terminate")
	String terminate(@PathVariable Long id, @Valid @ModelAttribute("terminateForm") ReasonForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		AgreementViews.Detail detail = staffOnly(id);
		if (result.hasErrors()) {
			return detailView(detail, model);
		}
		try {
			this.agreements.terminate(id, Objects.requireNonNull(form.reason()));
		}
		catch (RuleViolationException ex) {
			if ("reason".equals(ex.getField())) {
				FormErrors.reject(result, ex);
				return detailView(detail, model);
			}
			return refused(id, ex, model, response);
		}
		redirect.addFlashAttribute("message", "agreement.terminated");
		return "redirect:/agreements/" + id;
	}

	/**
	 * Scope first (404 outside it), then the role (403): staff alone approve, send back
	 * and terminate. The service refuses the same again.
	 */
	private AgreementViews.Detail staffOnly(Long id) {
		AgreementViews.Detail detail = this.agreements.detail(id);
		if (!this.scopes.current().isStaff()) {
			throw new AccessDeniedException("staff only");
		}
		return detail;
	}

	@PostMapping("/{id}/fulfilments")
	String logFulfilment(@PathVariable Long id, @Valid @ModelAttribute("logForm") FulfilmentForm form,
			BindingResult result, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				boolean hasFile = file != null && !file.isEmpty();
				this.files.logWithEvidence(id, form, hasFile ? file.getOriginalFilename() : null,
						hasFile ? file.getBytes() : null);
				redirect.addFlashAttribute("message", "fulfilment.logged");
				return "redirect:/agreements/" + id;
			}
			catch (RuleViolationException ex) {
				reject(result, ex);
			}
			catch (IOException ex) {
				result.reject("attachment.empty");
			}
		}
		return detailView(this.agreements.detail(id), model);
	}

	@PostMapping("/{id}/attachments")
	String attach(@PathVariable Long id, @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
			Model model, RedirectAttributes redirect) {
		try {
			byte[] bytes = file == null ? new byte[0] : file.getBytes();
			this.files.attachToAgreement(id, file == null ? null : file.getOriginalFilename(), bytes);
			redirect.addFlashAttribute("message", "attachment.uploaded");
			return "redirect:/agreements/" + id;
		}
		catch (RuleViolationException ex) {
			model.addAttribute("attachError", text(ex));
		}
		catch (IOException ex) {
			model.addAttribute("attachError", text(new RuleViolationException("file", "attachment.empty")));
		}
		return detailView(this.agreements.detail(id), model);
	}

	/** A refusal onto a form: beside its field, or on top for the file or no field. */
	private static void reject(BindingResult result, RuleViolationException ex) {
		RuleViolationException localised = localised(ex);
		if (localised.getField() == null || "file".equals(localised.getField())) {
			result.reject(localised.getCode(), localised.getArgs(), localised.getCode());
		}
		else {
			FormErrors.reject(result, localised);
		}
	}

	/** The illegal-transition message names statuses in the reader's language. */
	static RuleViolationException localised(RuleViolationException ex) {
		if (!ILLEGAL.equals(ex.getCode())) {
			return ex;
		}
		Object[] args = Arrays.stream(ex.getArgs())
			.map((a) -> new DefaultMessageSourceResolvable(new String[] { "agreement.status." + a }, String.valueOf(a)))
			.toArray();
		return new RuleViolationException(ex.getField(), ex.getCode(), args);
	}

	private String text(RuleViolationException ex) {
		RuleViolationException l = localised(ex);
		return this.messages.getMessage(l.getCode(), l.getArgs(), l.getCode(), LocaleContextHolder.getLocale());
	}

	// ---------------------------------------------------------------- draft, edit, renew

	/** Which use of the one form. */
	enum Mode {

		NEW, EDIT, RENEW

	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		DataScope scope = this.scopes.current();
		Long org = scope.isSecretary() ? this.scopes.currentUser().map(PortalUser::getScopeOrganisationId).orElse(null)
				: null;
		Long unit = scope.isLiaison() ? scope.unitId() : null;
		model.addAttribute("form", AgreementForm.empty(LocalDate.now(this.clock), org, unit));
		return formView(model, Mode.NEW, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addRow,
			@RequestParam(required = false) @Nullable Integer removeRow, Model model, RedirectAttributes redirect) {
		if (addRow != null || removeRow != null) {
			model.addAttribute("form", rowsChanged(form, addRow != null, removeRow));
			return formView(model, Mode.NEW, null);
		}
		BindingResult errors = effectiveErrors(form, result, model);
		if (errors.hasErrors()) {
			return formView(model, Mode.NEW, null);
		}
		try {
			Long id = this.agreements.createDraft(copy(form, null, null));
			redirect.addFlashAttribute("message", "agreement.created");
			return "redirect:/agreements/" + id;
		}
		catch (RuleViolationException ex) {
			reject(errors, ex);
			return formView(model, Mode.NEW, null);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model, HttpServletResponse response) {
		AgreementViews.Detail detail = this.agreements.detail(id);
		if (!detail.can(AgreementService.EDIT)) {
			return refused(id, new IllegalTransitionException(detail.status(), AgreementStatus.DRAFT), model, response);
		}
		model.addAttribute("form", this.agreements.form(id));
		return formView(model, Mode.EDIT, detail);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addRow,
			@RequestParam(required = false) @Nullable Integer removeRow, Model model, RedirectAttributes redirect) {
		AgreementViews.Detail detail = this.agreements.detail(id);
		if (addRow != null || removeRow != null) {
			model.addAttribute("form", rowsChanged(form, addRow != null, removeRow));
			return formView(model, Mode.EDIT, detail);
		}
		BindingResult errors = effectiveErrors(form, result, model);
		if (errors.hasErrors()) {
			return formView(model, Mode.EDIT, detail);
		}
		try {
			this.agreements.updateDraft(id, copy(form, null, form.version()));
			redirect.addFlashAttribute("message", "agreement.saved");
			return "redirect:/agreements/" + id;
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(errors, ex);
			model.addAttribute("current", detail);
			return formView(model, Mode.EDIT, detail);
		}
		catch (RuleViolationException ex) {
			reject(errors, ex);
			return formView(model, Mode.EDIT, detail);
		}
	}

	@GetMapping("/{id}/renew")
	String showRenewForm(@PathVariable Long id, Model model, HttpServletResponse response) {
		AgreementViews.Detail detail = this.agreements.detail(id);
		try {
			model.addAttribute("form", this.agreements.renewalForm(id));
		}
		catch (RuleViolationException ex) {
			return refused(id, ex, model, response);
		}
		return formView(model, Mode.RENEW, detail);
	}

	@PostMapping("/{id}/renew")
	String renew(@PathVariable Long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			@RequestParam(required = false) @Nullable String addRow,
			@RequestParam(required = false) @Nullable Integer removeRow, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		AgreementViews.Detail detail = this.agreements.detail(id);
		if (!detail.can(AgreementService.RENEW)) {
			return refused(id, new IllegalTransitionException(detail.status(), AgreementStatus.ACTIVE), model,
					response);
		}
		if (addRow != null || removeRow != null) {
			model.addAttribute("form", rowsChanged(form, addRow != null, removeRow));
			return formView(model, Mode.RENEW, detail);
		}
		BindingResult errors = effectiveErrors(form, result, model);
		if (errors.hasErrors()) {
			return formView(model, Mode.RENEW, detail);
		}
		try {
			Long newId = this.agreements.createDraft(copy(form, id, null));
			redirect.addFlashAttribute("message", "agreement.renewed");
			return "redirect:/agreements/" + newId;
		}
		catch (RuleViolationException ex) {
			reject(errors, ex);
			return formView(model, Mode.RENEW, detail);
		}
	}

	/** The form as posted, with the link to the renewed agreement and the version set. */
	private static AgreementForm copy(AgreementForm f, @Nullable Long renewedFromId, @Nullable Long version) {
		return new AgreementForm(f.title(), f.level(), f.communityOrgId(), f.unitIds(), f.areas(), f.termStart(),
				f.termEnd(), f.summary(), f.parentAgreementId(), renewedFromId, f.commitments(), version);
	}

	/** The form again with a blank row added, or one row taken away (no errors shown). */
	private static AgreementForm rowsChanged(AgreementForm f, boolean add, @Nullable Integer remove) {
		List<CommitmentForm> rows = new ArrayList<>();
		if (f.commitments() != null) {
			for (int i = 0; i < f.commitments().size(); i++) {
				CommitmentForm row = f.commitments().get(i);
				if (row != null && (remove == null || remove != i)) {
					rows.add(row);
				}
			}
		}
		if (add || rows.isEmpty()) {
			rows.add(CommitmentForm.blank());
		}
		return new AgreementForm(f.title(), f.level(), f.communityOrgId(),
				f.unitIds() == null ? new ArrayList<>() : f.unitIds(), f.areas() == null ? Set.of() : f.areas(),
				f.termStart(), f.termEnd(), f.summary(), f.parentAgreementId(), f.renewedFromId(), rows, f.version());
	}

	/**
	 * The errors to show. Rows left completely empty are dropped on save, so their
	 * "required" errors are left out; and when binding failed for a value (a date typed
	 * wrongly), the form object is put back beside its errors so the page can re-render
	 * every row with the input kept. The returned result is also the one in the model.
	 */
	private BindingResult effectiveErrors(AgreementForm form, BindingResult result, Model model) {
		// a blank or control-character value converts to no area at all: refuse it beside
		// the checkboxes rather than fail on the null later
		if (form.areas() != null && form.areas().contains(null) && !result.hasFieldErrors("areas")) {
			result.addError(new FieldError("form", "areas", null, false, new String[] { "agreement.areas.invalid" },
					null, "agreement.areas.invalid"));
		}
		List<CommitmentForm> rows = form.commitments() == null ? List.of() : form.commitments();
		boolean gaps = rows.stream().anyMatch(Objects::isNull);
		AgreementForm target = gaps ? rowsChanged(form, false, null) : form;
		List<String> blank = new ArrayList<>();
		for (int i = 0; !gaps && i < rows.size(); i++) {
			String path = "commitments[" + i + "]";
			boolean typedSomething = result.getFieldErrors()
				.stream()
				.anyMatch((e) -> e.isBindingFailure() && e.getField().startsWith(path + "."));
			if (isBlank(rows.get(i)) && !typedSomething) {
				blank.add(path);
			}
		}
		if (result.getTarget() == target && (blank.isEmpty() || !result.hasErrors())) {
			return result;
		}
		BindingResult fresh = new BeanPropertyBindingResult(target, "form");
		result.getGlobalErrors().forEach(fresh::addError);
		result.getFieldErrors()
			.stream()
			.filter((e) -> gaps ? !e.getField().startsWith("commitments[")
					: blank.stream().noneMatch((b) -> e.getField().startsWith(b + ".")))
			.forEach(fresh::addError);
		if (result.getTarget() == null) {
			// binding failed for some value, so the rows were not validated yet: do it
			// now,
			// to show every error at once
			BindingResult checked = new BeanPropertyBindingResult(target, "form");
			this.validator.validate(target, checked);
			checked.getFieldErrors()
				.stream()
				.filter((e) -> !fresh.hasFieldErrors(e.getField()))
				.filter((e) -> blank.stream().noneMatch((b) -> e.getField().startsWith(b + ".")))
				.forEach(fresh::addError);
		}
		model.addAttribute("form", target);
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
		return fresh;
	}

	private static boolean isBlank(CommitmentForm row) {
		return (row.description() == null || row.description().isBlank()) && row.area() == null
				&& row.targetQuantity() == null && (row.targetUnit() == null || row.targetUnit().isBlank())
				&& row.dueDate() == null;
	}

	private String formView(Model model, Mode mode, AgreementViews.@Nullable Detail detail) {
		AgreementForm form = (AgreementForm) Objects.requireNonNull(model.getAttribute("form"));
		DataScope scope = this.scopes.current();
		model.addAttribute("mode", mode.name());
		model.addAttribute("agreement", detail);
		model.addAttribute("formAction", switch (mode) {
			case NEW -> "/agreements/new";
			case EDIT -> "/agreements/" + Objects.requireNonNull(detail).id() + "/edit";
			case RENEW -> "/agreements/" + Objects.requireNonNull(detail).id() + "/renew";
		});
		model.addAttribute("levels", AgreementLevel.values());
		model.addAttribute("areaValues", CooperationArea.values());
		model.addAttribute("measureValues", CommitmentMeasure.values());
		model.addAttribute("orgOptions", organisationOptions(scope));
		model.addAttribute("unitOptions",
				this.units.activeUnits().stream().map((e) -> new AgreementViews.Ref(e.id(), e.name())).toList());
		model.addAttribute("responsibleOptions", responsibleOptions(form));
		model.addAttribute("parentOptions", parentOptions(detail == null ? null : detail.id()));
		model.addAttribute("liaison", scope.isLiaison());
		model.addAttribute("figures", mode == Mode.RENEW
				? this.agreements.termFigures(Objects.requireNonNull(detail).id()) : Map.<String, BigDecimal>of());
		List<Crumb> crumbs = new ArrayList<>();
		crumbs.add(Crumb.key("nav.agreements", "/agreements"));
		if (detail != null) {
			crumbs.add(Crumb.text(detail.number(), "/agreements/" + detail.id()));
		}
		crumbs.add(Crumb.key(switch (mode) {
			case NEW -> "agreement.new.title";
			case EDIT -> "agreement.action.edit";
			case RENEW -> "agreement.action.renew";
		}, null));
		model.addAttribute("breadcrumbs", crumbs);
		return VIEW_FORM;
	}

	/** All organisations for staff and liaisons; a secretary's own subtree only. */
	private List<OrganisationOption> organisationOptions(DataScope scope) {
		List<OrganisationOption> all = this.structure.parentOptions();
		if (scope.isSecretary()) {
			return all.stream().filter((o) -> scope.organisationIds().contains(o.id())).toList();
		}
		return all;
	}

	/** The parties chosen on the form, plus any unit a row already names. */
	private List<AgreementViews.Ref> responsibleOptions(AgreementForm form) {
		Set<Long> ids = new LinkedHashSet<>();
		if (form.unitIds() != null) {
			form.unitIds().stream().filter(Objects::nonNull).forEach(ids::add);
		}
		if (form.commitments() != null) {
			form.commitments()
				.stream()
				.filter((c) -> c != null && c.responsibleUnitId() != null)
				.forEach((c) -> ids.add(c.responsibleUnitId()));
		}
		Map<Long, String> names = this.units.names(ids);
		Map<Long, String> ordered = new LinkedHashMap<>();
		ids.stream().filter(names::containsKey).forEach((i) -> ordered.put(i, names.get(i)));
		return ordered.entrySet().stream().map((e) -> new AgreementViews.Ref(e.getKey(), e.getValue())).toList();
	}

	/** Sub-district agreements the user may see, as parents of a residential-area one. */
	private List<AgreementViews.Ref> parentOptions(@Nullable Long self) {
		return this.agreements
			.exportRows(
					new AgreementFilter(null, null, AgreementLevel.SUB_DISTRICT, null, null, null, null, null, null))
			.stream()
			.filter((s) -> !s.id().equals(self))
			.map((s) -> new AgreementViews.Ref(s.id(), s.number() + " " + s.title()))
			.toList();
	}

}
