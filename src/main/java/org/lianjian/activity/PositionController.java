package org.lianjian.activity;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.FormRebuilder;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.format.annotation.DateTimeFormat;
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
 * Positions and bases: the list, a position's week, the staff form and booking.
 */
@Controller
@RequestMapping("/positions")
class PositionController {

	static final String VIEW_FORM = "activity/position-form";

	static final String VIEW_BOOKING_FORM = "activity/booking-form";

	private final PositionService positions;

	private final StructureService structure;

	private final UnitService units;

	private final ActivityService activities;

	private final FormRebuilder forms;

	private final Clock clock;

	PositionController(PositionService positions, StructureService structure, UnitService units,
			ActivityService activities, FormRebuilder forms, Clock clock) {
		this.forms = forms;
		this.positions = positions;
		this.structure = structure;
		this.units = units;
		this.activities = activities;
		this.clock = clock;
	}

	@GetMapping
	String showList(Model model) {
		model.addAttribute("positions", this.positions.list());
		model.addAttribute("canManage", this.positions.canManage());
		model.addAttribute("canBook", this.positions.canBook());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("position.list.title", null)));
		return "activity/positions";
	}

	@GetMapping("/{id}")
	String showDetail(@PathVariable Long id, @RequestParam(required = false) @Nullable String week,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			Model model) {
		PositionViews.Week w = this.positions.week(id, this.positions.weekStart(week, from));
		model.addAttribute("week", w);
		model.addAttribute("p", w.position());
		model.addAttribute("canManage", this.positions.canManage());
		model.addAttribute("canBook", this.positions.canBook());
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("position.list.title", "/positions"), Crumb.text(w.position().name(), null)));
		return "activity/position";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		requireManage();
		model.addAttribute("form", PositionForm.empty());
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") @Nullable PositionForm form, BindingResult result, Model model,
			HttpServletRequest request, RedirectAttributes redirect) {
		requireManage();
		if (result.hasErrors()) {
			this.forms.orRebuild(form, PositionForm.class, "form", result, request, model);
			return formView(model, null);
		}
		try {
			Long id = this.positions.create(form);
			redirect.addFlashAttribute("message", "position.created");
			return "redirect:/positions/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, null);
		}
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		PositionViews.Detail detail = this.positions.detail(id);
		requireManage();
		model.addAttribute("form", this.positions.form(id));
		return formView(model, detail);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") @Nullable PositionForm form,
			BindingResult result, Model model, HttpServletRequest request, RedirectAttributes redirect) {
		PositionViews.Detail detail = this.positions.detail(id);
		requireManage();
		if (result.hasErrors()) {
			this.forms.orRebuild(form, PositionForm.class, "form", result, request, model);
			return formView(model, detail);
		}
		try {
			this.positions.update(id, form);
			redirect.addFlashAttribute("message", "position.updated");
			return "redirect:/positions/" + id;
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(result, ex);
		}
		return formView(model, detail);
	}

	@GetMapping("/{id}/book")
	String showBookingForm(@PathVariable Long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			@RequestParam(required = false) @Nullable Long activity, Model model) {
		PositionViews.Detail detail = this.positions.detail(id);
		requireBook();
		model.addAttribute("form",
				(day == null) ? BookingForm.nextOpenHour(detail, LocalDateTime.now(this.clock), activity)
						: BookingForm.empty(day, activity));
		return bookingView(model, detail);
	}

	/**
	 * The chosen day's bookings and free slots, for the booking form when the day changes
	 * (htmx); the form itself shows the same for the day it was rendered with.
	 */
	@GetMapping("/{id}/book/day")
	String bookingDay(@PathVariable Long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
			Model model) {
		this.positions.detail(id);
		requireBook();
		model.addAttribute("schedule", schedule(id, day));
		return VIEW_BOOKING_FORM + " :: day";
	}

	private PositionViews.Day schedule(Long id, @Nullable LocalDate day) {
		return this.positions.week(id, day == null ? LocalDate.now(this.clock) : day).days().get(0);
	}

	@PostMapping("/{id}/book")
	String book(@PathVariable Long id, @Valid @ModelAttribute("form") BookingForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PositionViews.Detail detail = this.positions.detail(id);
		requireBook();
		if (form.activityId() != null) {
			try {
				this.activities.detail(form.activityId());
			}
			catch (ActivityNotFoundException ex) {
				result.rejectValue("activityId", "booking.activity.unknown");
			}
		}
		if (result.hasErrors()) {
			return bookingView(model, detail);
		}
		try {
			this.positions.book(id, form);
			redirect.addFlashAttribute("message", "booking.created");
			return "redirect:/positions/" + id + "?from=" + form.day();
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return bookingView(model, detail);
		}
	}

	@PostMapping("/bookings/{bookingId}/cancel")
	String cancel(@PathVariable Long bookingId, RedirectAttributes redirect) {
		Long positionId = this.positions.cancel(bookingId);
		redirect.addFlashAttribute("message", "booking.cancelled");
		return "redirect:/positions/" + positionId;
	}

	private void requireManage() {
		if (!this.positions.canManage()) {
			throw new AccessDeniedException("positions: staff only");
		}
	}

	private void requireBook() {
		if (!this.positions.canBook()) {
			throw new AccessDeniedException("positions: booking needs a user");
		}
	}

	private String formView(Model model, PositionViews.@Nullable Detail detail) {
		model.addAttribute("position", detail);
		model.addAttribute("categories", PositionCategory.values());
		model.addAttribute("organisations", this.structure.parentOptions());
		model.addAttribute("unitOptions", this.units.activeUnits());
		model.addAttribute("weekdays", List.of(1, 2, 3, 4, 5, 6, 7));
		model.addAttribute("formAction", detail == null ? "/positions/new" : "/positions/" + detail.id() + "/edit");
		model.addAttribute("breadcrumbs", detail == null
				? Crumb.trail(Crumb.key("position.list.title", "/positions"), Crumb.key("position.new.title", null))
				: Crumb.trail(Crumb.key("position.list.title", "/positions"),
						Crumb.text(detail.name(), "/positions/" + detail.id()),
						Crumb.key("position.edit.title", null)));
		return VIEW_FORM;
	}

	private String bookingView(Model model, PositionViews.Detail detail) {
		model.addAttribute("p", detail);
		Object form = model.getAttribute("form");
		model.addAttribute("schedule", schedule(detail.id(), (form instanceof BookingForm f) ? f.day() : null));
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("activityOptions",
				this.activities.inRange(today, today.plusDays(90), null)
					.stream()
					.filter((a) -> a.status() == ActivityStatus.PLANNED)
					.map((a) -> new PositionViews.ActivityOption(a.id(), a.start().toLocalDate() + " " + a.title()))
					.toList());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("position.list.title", "/positions"),
				Crumb.text(detail.name(), "/positions/" + detail.id()), Crumb.key("booking.new.title", null)));
		return VIEW_BOOKING_FORM;
	}

}
