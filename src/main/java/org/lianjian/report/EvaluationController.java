package org.lianjian.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evaluation pages: the rounds, a round's overview with its lifecycle actions,
 * criteria and results, and a unit's scoring page. Role and scope are the service's
 * business (403 for a wrong role, 404 outside the scope).
 */
@Controller
@RequestMapping("/evaluations")
class EvaluationController {

	static final String VIEW_LIST = "evaluation/list";

	static final String VIEW_ROUND = "evaluation/round";

	static final String VIEW_SHEET = "evaluation/sheet";

	private final EvaluationService evaluations;

	private final MessageSource messages;

	private final Clock clock;

	EvaluationController(EvaluationService evaluations, MessageSource messages, Clock clock) {
		this.evaluations = evaluations;
		this.messages = messages;
		this.clock = clock;
	}

	// ---------------------------------------------------------------- rounds

	@GetMapping
	String showList(Model model) {
		model.addAttribute("form", new EvaluationForms.OpenRoundForm(LocalDate.now(this.clock).getYear()));
		return listView(model);
	}

	@PostMapping
	String open(@Valid @ModelAttribute("form") EvaluationForms.OpenRoundForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!this.evaluations.canManage()) {
			throw new AccessDeniedException("staff only");
		}
		if (result.hasErrors()) {
			return listView(model);
		}
		int year = form.year();
		try {
			this.evaluations.open(year, this.messages.getMessage("evaluation.round.defaultTitle",
					new Object[] { String.valueOf(year) }, Locale.SIMPLIFIED_CHINESE));
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return listView(model);
		}
		redirect.addFlashAttribute("message", "evaluation.opened");
		return "redirect:/evaluations/" + year;
	}

	private String listView(Model model) {
		model.addAttribute("rounds", this.evaluations.rounds());
		model.addAttribute("canManage", this.evaluations.canManage());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.evaluations", null)));
		return VIEW_LIST;
	}

	// ---------------------------------------------------------------- one round

	@GetMapping("/{year:\\d{4}}")
	String showRound(@PathVariable int year, Model model) {
		EvaluationViews.Overview overview = this.evaluations.overview(year);
		if (overview.actions().editCriteria()) {
			model.addAttribute("criteriaForm", this.evaluations.criteriaForm(year).withSpareRow());
		}
		model.addAttribute("reopenForm", new EvaluationForms.ReopenForm("", overview.version()));
		return roundView(model, overview);
	}

	@PostMapping("/{year:\\d{4}}/criteria")
	String updateCriteria(@PathVariable int year,
			@Valid @ModelAttribute("criteriaForm") EvaluationForms.@Nullable CriteriaForm form, BindingResult result,
			Model model, RedirectAttributes redirect, HttpServletRequest request) {
		EvaluationViews.Overview overview = this.evaluations.overview(year);
		if (!overview.staff()) {
			throw new AccessDeniedException("staff only");
		}
		if (form == null) {
			// a value could not be converted, so no form was built: show the rows as
			// sent,
			// with the binding errors beside their fields
			EvaluationForms.CriteriaForm sent = sentCriteria(request);
			BindingResult shown = new BeanPropertyBindingResult(sent, "criteriaForm");
			result.getAllErrors().forEach(shown::addError);
			model.addAttribute("criteriaForm", sent);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "criteriaForm", shown);
		}
		else if (!result.hasErrors()) {
			try {
				this.evaluations.updateCriteria(year, form);
				redirect.addFlashAttribute("message", "evaluation.criteria.saved");
				return "redirect:/evaluations/" + year;
			}
			catch (StaleEditException ex) {
				FormErrors.conflict(result, ex);
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("reopenForm", new EvaluationForms.ReopenForm("", overview.version()));
		return roundView(model, overview);
	}

	private static EvaluationForms.CriteriaForm sentCriteria(HttpServletRequest request) {
		List<EvaluationForms.CriterionRow> rows = new ArrayList<>();
		for (int i = 0; request.getParameter("rows[" + i + "].name") != null; i++) {
			String prefix = "rows[" + i + "].";
			BigDecimal weight = null;
			try {
				weight = new BigDecimal(String.valueOf(request.getParameter(prefix + "weight")).strip());
			}
			catch (NumberFormatException ex) {
				// shown as sent through the binding error
			}
			Evidence evidence = Arrays.stream(Evidence.values())
				.filter((e) -> e.name().equals(request.getParameter(prefix + "evidence")))
				.findFirst()
				.orElse(Evidence.NONE);
			rows.add(new EvaluationForms.CriterionRow(request.getParameter(prefix + "code"),
					request.getParameter(prefix + "name"), weight, evidence,
					"true".equals(request.getParameter(prefix + "remove"))));
		}
		Long version = null;
		try {
			version = Long.valueOf(String.valueOf(request.getParameter("version")));
		}
		catch (NumberFormatException ex) {
			// a stale or forged version: the save is refused anyway
		}
		return new EvaluationForms.CriteriaForm(rows, version);
	}

	/**
	 * Closes the round. With units still unscored the first post comes back to the round
	 * page with a confirmation that names their number; the confirmation posts that
	 * number, and a different number (someone scored meanwhile) asks again.
	 */
	@PostMapping("/{year:\\d{4}}/close")
	String close(@PathVariable int year, @RequestParam long version,
			@RequestParam(name = "confirmUnscored", required = false) @Nullable Long confirmUnscored,
			RedirectAttributes redirect) {
		try {
			this.evaluations.close(year, version, confirmUnscored);
			redirect.addFlashAttribute("message", "evaluation.closed");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("error", "conflict.stale.short");
		}
		catch (RuleViolationException ex) {
			if ("evaluation.close.confirm".equals(ex.getCode())) {
				redirect.addFlashAttribute("closeConfirm", ex.getArgs()[0]);
			}
			else {
				redirect.addFlashAttribute("error", ex.getCode());
			}
		}
		return "redirect:/evaluations/" + year;
	}

	@PostMapping("/{year:\\d{4}}/min-score")
	String minScore(@PathVariable int year, @Valid @ModelAttribute("minScoreForm") EvaluationForms.MinScoreForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		EvaluationViews.Overview overview = this.evaluations.overview(year);
		if (!result.hasErrors()) {
			try {
				this.evaluations.minScore(year, form.version() == null ? -1 : form.version(),
						java.util.Objects.requireNonNull(form.minScore()));
				redirect.addFlashAttribute("message", "evaluation.minScore.saved");
				return "redirect:/evaluations/" + year;
			}
			catch (StaleEditException ex) {
				FormErrors.conflict(result, ex);
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		model.addAttribute("reopenForm", new EvaluationForms.ReopenForm("", overview.version()));
		return roundView(model, overview);
	}

	@PostMapping("/{year:\\d{4}}/publish")
	String publish(@PathVariable int year, @RequestParam long version, RedirectAttributes redirect) {
		return lifecycle(year, redirect, "evaluation.published", () -> this.evaluations.publish(year, version));
	}

	@PostMapping("/{year:\\d{4}}/recognitions")
	String confirm(@PathVariable int year, @RequestParam long version,
			@RequestParam(name = "picks", required = false) @Nullable List<String> picks, RedirectAttributes redirect) {
		return lifecycle(year, redirect, "evaluation.recognitions.confirmed",
				() -> this.evaluations.confirmRecognitions(year, version, picks == null ? List.of() : picks));
	}

	@PostMapping("/{year:\\d{4}}/reopen")
	String reopen(@PathVariable int year, @Valid @ModelAttribute("reopenForm") EvaluationForms.ReopenForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		EvaluationViews.Overview overview = this.evaluations.overview(year);
		if (!result.hasErrors()) {
			try {
				this.evaluations.reopen(year, form.version() == null ? -1 : form.version(),
						String.valueOf(form.reason()));
				redirect.addFlashAttribute("message",
						overview.published() ? "evaluation.unpublished" : "evaluation.reopened");
				return "redirect:/evaluations/" + year;
			}
			catch (StaleEditException ex) {
				FormErrors.conflict(result, ex);
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return roundView(model, overview);
	}

	private String lifecycle(int year, RedirectAttributes redirect, String done, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("error", "conflict.stale.short");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/evaluations/" + year;
	}

	private String roundView(Model model, EvaluationViews.Overview overview) {
		model.addAttribute("round", overview);
		if (!model.containsAttribute("minScoreForm")) {
			model.addAttribute("minScoreForm",
					new EvaluationForms.MinScoreForm(overview.minScore(), overview.version()));
		}
		model.addAttribute("evidences", Evidence.values());
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.evaluations", "/evaluations"), Crumb.text(overview.title(), null)));
		return VIEW_ROUND;
	}

	// ---------------------------------------------------------------- one unit

	@GetMapping("/{year:\\d{4}}/units/{unitId:\\d+}")
	String showSheet(@PathVariable int year, @PathVariable Long unitId, Model model) {
		EvaluationViews.SheetView sheet = this.evaluations.sheet(year, unitId);
		model.addAttribute("form", this.evaluations.scoreForm(sheet));
		model.addAttribute("responseForm", new EvaluationForms.ResponseForm(
				sheet.response() == null ? "" : sheet.response(), sheet.sheetVersion()));
		return sheetView(model, sheet);
	}

	@PostMapping("/{year:\\d{4}}/units/{unitId:\\d+}")
	String score(@PathVariable int year, @PathVariable Long unitId,
			@Valid @ModelAttribute("form") EvaluationForms.ScoreForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EvaluationViews.SheetView sheet = this.evaluations.sheet(year, unitId);
		model.addAttribute("responseForm", new EvaluationForms.ResponseForm("", sheet.sheetVersion()));
		List<Long> criteria = sheet.criteria().stream().map(EvaluationViews.CriterionView::id).toList();
		if (form != null && !form.matches(criteria)) {
			// rows missing or not the round's criteria: shown again one row per
			// criterion,
			// with what was typed, and not saved
			EvaluationForms.ScoreForm aligned = form.alignedTo(criteria);
			BindingResult fresh = new BeanPropertyBindingResult(aligned, "form");
			fresh.reject("evaluation.error.criteriaChanged");
			model.addAttribute("form", aligned);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", fresh);
			return sheetView(model, sheet);
		}
		if (!result.hasErrors()) {
			try {
				this.evaluations.score(year, unitId, form);
				redirect.addFlashAttribute("message", "evaluation.scored");
				return "redirect:/evaluations/" + year + "/units/" + unitId;
			}
			catch (StaleEditException ex) {
				FormErrors.conflict(result, ex);
			}
			catch (RuleViolationException ex) {
				FormErrors.reject(result, ex);
			}
		}
		return sheetView(model, sheet);
	}

	@PostMapping("/{year:\\d{4}}/units/{unitId:\\d+}/response")
	String respond(@PathVariable int year, @PathVariable Long unitId,
			@Valid @ModelAttribute("responseForm") EvaluationForms.ResponseForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		EvaluationViews.SheetView sheet = this.evaluations.sheet(year, unitId);
		model.addAttribute("form", this.evaluations.scoreForm(sheet));
		if (!result.hasErrors()) {
			try {
				this.evaluations.respond(year, unitId, form);
				redirect.addFlashAttribute("message", "evaluation.responded");
				return "redirect:/evaluations/" + year + "/units/" + unitId;
			}
			catch (StaleEditException ex) {
				FormErrors.conflict(result, ex);
			}
		}
		return sheetView(model, sheet);
	}

	private String sheetView(Model model, EvaluationViews.SheetView sheet) {
		model.addAttribute("sheet", sheet);
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.evaluations", "/evaluations"),
						Crumb.text(String.valueOf(sheet.year()), "/evaluations/" + sheet.year()),
						Crumb.text(sheet.unitName(), null)));
		return VIEW_SHEET;
	}

}
