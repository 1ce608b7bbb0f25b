package org.lianjian.account;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.StructureService;

import org.springframework.beans.factory.ObjectProvider;
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

@Controller
@RequestMapping("/admin/accounts")
class AccountAdminController {

	private static final String VIEW_FORM = "account/form";

	private final AccountService accounts;

	private final StructureService structure;

	private final ObjectProvider<ScopeUnits> units;

	AccountAdminController(AccountService accounts, StructureService structure, ObjectProvider<ScopeUnits> units) {
		this.accounts = accounts;
		this.structure = structure;
		this.units = units;
	}

	@GetMapping
	String showList(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable Role role,
			@RequestParam(defaultValue = "false") boolean attention, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("page", this.accounts.search(q, role, attention, page));
		model.addAttribute("attention", attention);
		model.addAttribute("q", q == null ? "" : q);
		model.addAttribute("role", role);
		model.addAttribute("roles", Role.values());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.accounts", null)));
		return "account/list";
	}

	@GetMapping("/new")
	String showCreateForm(Model model) {
		model.addAttribute("form", AccountForm.empty());
		return formView(model, null);
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return formView(model, null);
		}
		try {
			AccountService.Created created = this.accounts.create(form);
			redirect.addFlashAttribute("message", "account.created");
			redirect.addFlashAttribute("oneTimePassword", created.password());
			return "redirect:/admin/accounts/" + created.id();
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, null);
		}
	}

	@GetMapping("/{id}")
	String showDetail(@PathVariable Long id, Model model) {
		AccountSummary account = this.accounts.detail(id);
		model.addAttribute("account", account);
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.accounts", "/admin/accounts"), Crumb.text(shownName(account), null)));
		return "account/detail";
	}

	@GetMapping("/{id}/edit")
	String showEditForm(@PathVariable Long id, Model model) {
		AccountSummary a = this.accounts.detail(id);
		model.addAttribute("form", new AccountForm(a.username(), a.displayName(), a.role(), a.scopeOrganisationId(),
				a.scopeUnitId(), a.version()));
		return formView(model, a);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AccountForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		AccountSummary a = this.accounts.detail(id);
		if (result.hasErrors()) {
			return formView(model, a);
		}
		try {
			this.accounts.update(id, form);
			redirect.addFlashAttribute("message", "account.updated");
			return "redirect:/admin/accounts/" + id;
		}
		catch (StaleEditException ex) {
			FormErrors.conflict(result, ex);
			return formView(model, a);
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return formView(model, a);
		}
	}

	@PostMapping("/{id}/enable")
	String enable(@PathVariable Long id, RedirectAttributes redirect) {
		this.accounts.setEnabled(id, true);
		redirect.addFlashAttribute("message", "account.enabled");
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/disable")
	String disable(@PathVariable Long id, RedirectAttributes redirect) {
		try {
			this.accounts.setEnabled(id, false);
			redirect.addFlashAttribute("message", "account.disabled");
		}
		catch (RuleViolationException ex) {
			redirect.addFlashAttribute("error", ex.getCode());
		}
		return "redirect:/admin/accounts/" + id;
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable Long id, RedirectAttributes redirect) {
		String password = this.accounts.resetPassword(id);
		redirect.addFlashAttribute("message", "account.passwordReset");
		redirect.addFlashAttribute("oneTimePassword", password);
		return "redirect:/admin/accounts/" + id;
	}

	private String formView(Model model, @Nullable AccountSummary account) {
		model.addAttribute("account", account);
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", this.structure.parentOptions());
		ScopeUnits directory = this.units.getIfAvailable();
		model.addAttribute("units", directory == null ? java.util.List.of() : directory.activeUnits());
		model.addAttribute("breadcrumbs",
				Crumb.trail(Crumb.key("nav.accounts", "/admin/accounts"),
						account == null ? Crumb.key("account.new.title", null)
								: Crumb.text(shownName(account), "/admin/accounts/" + account.id())));
		return VIEW_FORM;
	}

	/**
	 * An account as pages name it: the person's name, the login only when it has none.
	 */
	private static String shownName(AccountSummary account) {
		return account.displayName().isBlank() ? account.username() : account.displayName();
	}

}
