package org.lianjian.holiday;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.DateRange;
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
 * The official holiday schedule for admins ({@code /admin/**} is ADMIN only): a year's
 * days, one day added, changed or removed, and a notice's holiday entered in one form.
 */
@Controller
@RequestMapping("/admin/holidays")
class HolidayAdminController {

	private static final String LIST = "/admin/holidays";

	private final HolidayAdminService holidays;

	private final WorkingDays workingDays;

	private final FormRebuilder forms;

	private final Clock clock;

	HolidayAdminController(HolidayAdminService holidays, WorkingDays workingDays, FormRebuilder forms, Clock clock) {
		this.holidays = holidays;
		this.workingDays = workingDays;
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping
	String showList(@RequestParam(required = false) @Nullable Integer year, Model model) {
		Integer asked = DateRange.year(year);
		int thisYear = LocalDate.now(this.clock).getYear();
		int shown = (asked == null) ? thisYear : asked;
		TreeSet<Integer> years = new TreeSet<>(this.holidays.years());
		years.add(thisYear);
		years.add(thisYear + 1);
		years.add(shown);
		List<HolidayDayView> days = this.holidays.days(shown);
		model.addAttribute("year", shown);
		model.addAttribute("years", years);
		model.addAttribute("days", days);
		model.addAttribute("holidayCount", days.stream().filter((d) -> d.kind() == HolidayKind.HOLIDAY).count());
		model.addAttribute("makeupCount", days.stream().filter((d) -> d.kind() == HolidayKind.MAKEUP_WORKDAY).count());
		model.addAttribute("missingYears", this.workingDays.hasSchedule(shown) ? List.of() : List.of(shown));
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.holidays", null)));
		return "holiday/list";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("form", HolidayDayForm.empty(null));
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") @Nullable HolidayDayForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, HolidayDayForm.class, "form", result, request, model);
			return formView(model, null);
		}
		try {
			int year = this.holidays.create(form);
			return saved(redirect, year);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable long id, Model model) {
		model.addAttribute("form", this.holidays.form(id));
		return formView(model, id);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") @Nullable HolidayDayForm form,
			BindingResult result, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		this.holidays.yearOf(id);
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, HolidayDayForm.class, "form", result, request, model);
			return formView(model, id);
		}
		try {
			int year = this.holidays.update(id, form);
			return saved(redirect, year);
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(result, ex);
			return formView(model, id);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, id);
		}
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		int year = this.holidays.yearOf(id);
		try {
			year = this.holidays.delete(id, version);
			redirect.addFlashAttribute("message", "holiday.deleted");
		}
		catch (StaleEditException ex) {
			redirect.addFlashAttribute("error", "conflict.stale.short");
		}
		redirect.addAttribute("year", year);
		return "redirect:" + LIST;
	}

	@GetMapping("/notice")
	String showNoticeForm(Model model) {
		model.addAttribute("form", HolidayNoticeForm.empty(null));
		return noticeView(model);
	}

	@PostMapping("/notice")
	String enterNotice(@Valid @ModelAttribute("form") @Nullable HolidayNoticeForm form, BindingResult result,
			Model model, HttpServletRequest request, RedirectAttributes redirect) {
		if (form == null || result.hasErrors()) {
			this.forms.orRebuild(form, HolidayNoticeForm.class, "form", result, request, model);
			return noticeView(model);
		}
		try {
			int year = this.holidays.enterNotice(form);
			return saved(redirect, year);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return noticeView(model);
		}
	}

	private static String saved(RedirectAttributes redirect, int year) {
		redirect.addFlashAttribute("message", "holiday.saved");
		redirect.addAttribute("year", year);
		return "redirect:" + LIST;
	}

	private String formView(Model model, @Nullable Long id) {
		model.addAttribute("dayId", id);
		model.addAttribute("kinds", HolidayKind.values());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.holidays", LIST),
				Crumb.key(id == null ? "holiday.new.title" : "holiday.edit.title", null)));
		return "holiday/form";
	}

	private String noticeView(Model model) {
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.holidays", LIST), Crumb.key("holiday.notice.title", null)));
		return "holiday/notice";
	}

}
