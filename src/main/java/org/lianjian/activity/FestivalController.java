package org.lianjian.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.FormRebuilder;
import org.lianjian.shared.web.RuleViolationException;

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
 * The festival calendar for staff: templates, their dates in a year, editing, and
 * generating a year's planned activities.
 */
@Controller
@RequestMapping("/activities/festivals")
class FestivalController {

	static final String VIEW = "activity/festivals";

	private final FestivalService festivals;

	private final ActivityOptions activities;

	private final FormRebuilder forms;

	private final Clock clock;

	FestivalController(FestivalService festivals, ActivityOptions activities, FormRebuilder forms, Clock clock) {
		this.forms = forms;
		this.festivals = festivals;
		this.activities = activities;
		this.clock = clock;
	}

	@GetMapping
	String showList(@RequestParam(required = false) @Nullable Integer year, Model model) {
		int y = (year == null || year < 2000 || year > 2100) ? LocalDate.now(this.clock).getYear() : year;
		model.addAttribute("templates", this.festivals.templates(y));
		model.addAttribute("year", y);
		model.addAttribute("breadcrumbs", crumbs(null));
		return VIEW;
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("form", FestivalForm.empty());
		return formView(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") @Nullable FestivalForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			this.forms.orRebuild(form, FestivalForm.class, "form", result, request, model);
			return formView(model, null);
		}
		try {
			this.festivals.create(form);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, null);
		}
		redirect.addFlashAttribute("message", "festival.saved");
		return "redirect:/activities/festivals";
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		model.addAttribute("form", this.festivals.form(id));
		return formView(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") @Nullable FestivalForm form,
			BindingResult result, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			this.forms.orRebuild(form, FestivalForm.class, "form", result, request, model);
			return formView(model, id);
		}
		try {
			this.festivals.update(id, form);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, id);
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(result, ex);
			return formView(model, id);
		}
		redirect.addFlashAttribute("message", "festival.saved");
		return "redirect:/activities/festivals";
	}

	@PostMapping("/generate")
	String generate(@RequestParam int year, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("generated", this.festivals.generate(year));
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		redirect.addAttribute("year", year);
		return "redirect:/activities/festivals";
	}

	private String formView(Model model, @Nullable Long id) {
		this.festivals.checkCanManage();
		model.addAttribute("templateId", id);
		model.addAttribute("rules", FestivalDateRule.values());
		model.addAttribute("types", ActivityType.values());
		model.addAttribute("organisers", this.activities.organiserOptions());
		model.addAttribute("breadcrumbs", crumbs(Crumb.key(id == null ? "festival.new" : "festival.edit", null)));
		return VIEW;
	}

	private static List<Crumb> crumbs(@Nullable Crumb last) {
		Crumb activities = Crumb.key("calendar.title", "/activities/calendar");
		if (last == null) {
			return Crumb.trail(activities, Crumb.key("festival.title", null));
		}
		return Crumb.trail(activities, Crumb.key("festival.title", "/activities/festivals"), last);
	}

}
