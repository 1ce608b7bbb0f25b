package org.lianjian.matching;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The suggestion page of a need ({@code /matching/needs/{id}/suggestions}): the ranked
 * resources with each score's parts and weights, and for staff a dispatch form on each.
 */
@Controller
@RequestMapping("/matching/needs/{id:\\d+}/suggestions")
class SuggestionController {

	static final String VIEW = "matching/suggestions";

	private final Suggestions suggestions;

	private final MatchingPages pages;

	private final MessageSource messages;

	SuggestionController(Suggestions suggestions, MatchingPages pages, MessageSource messages) {
		this.suggestions = suggestions;
		this.pages = pages;
		this.messages = messages;
	}

	@GetMapping
	String show(@PathVariable Long id, Model model) {
		return render(id, model);
	}

	@PostMapping("/{resourceId:\\d+}/dispatch")
	String dispatch(@PathVariable Long id, @PathVariable Long resourceId,
			@Valid @ModelAttribute("form") @Nullable SuggestionForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		this.suggestions.requireDispatcher(id);
		if (form == null || result.hasErrors()) {
			// the failed suggestion's form shows each message beside its field, with the
			// values as typed
			Map<String, String> errors = new HashMap<>();
			Map<String, String> typed = new HashMap<>();
			for (FieldError error : result.getFieldErrors()) {
				errors.putIfAbsent(error.getField(), this.messages.getMessage(error, LocaleContextHolder.getLocale()));
				Object value = error.getRejectedValue();
				typed.putIfAbsent(error.getField(), (value != null) ? value.toString() : "");
			}
			if (errors.isEmpty()) {
				errors.put("quantity",
						this.messages.getMessage("validation.required", null, LocaleContextHolder.getLocale()));
			}
			model.addAttribute("failedResource", resourceId);
			model.addAttribute("fieldErrors", errors);
			model.addAttribute("typed", typed);
			return render(id, model);
		}
		try {
			Long order = this.suggestions.dispatch(id, resourceId, form);
			redirect.addFlashAttribute("message", "matching.suggest.dispatched");
			return "redirect:/matching/orders/" + order;
		}
		catch (RuleViolationException ex) {
			this.pages.refused(ex, model, response);
			return render(id, model);
		}
	}

	private String render(Long id, Model model) {
		Suggestions.Page page = this.suggestions.page(id);
		model.addAttribute("page", page);
		model.addAttribute("components", SuggestionComponent.values());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("matching.needs.title", "/matching/needs"),
				Crumb.text(page.need().title(), "/matching/needs/" + id), Crumb.key("matching.suggest.title", null)));
		return VIEW;
	}

}
