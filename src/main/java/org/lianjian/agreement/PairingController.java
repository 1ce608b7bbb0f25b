package org.lianjian.agreement;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.OrganisationOption;
import org.lianjian.structure.OrganisationType;
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
 * Creating and ending pairings. The lists themselves are shown on the unit and
 * organisation pages through the fragment {@code agreement/pairings :: list(pairings)}.
 */
@Controller
@RequestMapping("/pairings")
class PairingController {

	static final String VIEW_FORM = "agreement/pairings";

	/** Pages a pairing action may return to (no open redirect). */
	private static final Pattern BACK = Pattern.compile("/(units|structure/organisations)/\\d+");

	private final PairingService pairings;

	private final StructureService structure;

	private final UnitService units;

	private final ScopeService scopes;

	private final Clock clock;

	PairingController(PairingService pairings, StructureService structure, UnitService units, ScopeService scopes,
			Clock clock) {
		this.pairings = pairings;
		this.structure = structure;
		this.units = units;
		this.scopes = scopes;
		this.clock = clock;
	}

	@GetMapping("/new")
	String showCreateForm(@RequestParam(required = false) @Nullable Long org,
			@RequestParam(required = false) @Nullable Long unit, Model model) {
		requireCanCreate();
		model.addAttribute("form", PairingForm.empty(LocalDate.now(this.clock), org, unit));
		return formView(model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") PairingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		requireCanCreate();
		if (result.hasErrors()) {
			return formView(model);
		}
		try {
			this.pairings.create(form);
			redirect.addFlashAttribute("message", "pairings.created");
			return "redirect:/structure/organisations/" + form.organisationId();
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model);
		}
	}

	@PostMapping("/{id}/end")
	String end(@PathVariable Long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate on,
			@RequestParam(required = false) @Nullable String back, RedirectAttributes redirect) {
		AgreementViews.PairingView pairing = this.pairings.detail(id);
		try {
			this.pairings.end(id, on);
			redirect.addFlashAttribute("message", "pairings.ended");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		if (back != null && BACK.matcher(back).matches()) {
			return "redirect:" + back;
		}
		return "redirect:/structure/organisations/" + pairing.organisationId();
	}

	private void requireCanCreate() {
		if (!this.pairings.canCreate()) {
			throw new AccessDeniedException("pairings: staff or secretary only");
		}
	}

	private String formView(Model model) {
		DataScope scope = this.scopes.current();
		List<OrganisationOption> organisations = new ArrayList<>(this.structure.parentOptions());
		List<OrganisationOption> partners = new ArrayList<>(organisations);
		partners.addAll(this.structure.optionsOfType(OrganisationType.UNIT_PARTY_ORG));
		partners.sort(Comparator.comparing(OrganisationOption::name));
		if (!scope.isAll()) {
			organisations.removeIf((o) -> !scope.organisationIds().contains(o.id()));
		}
		model.addAttribute("organisations", organisations);
		model.addAttribute("partners", partners);
		model.addAttribute("units", this.units.activeUnits());
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.structure", "/structure"), Crumb.key("pairings.new.title", null)));
		return VIEW_FORM;
	}

}
