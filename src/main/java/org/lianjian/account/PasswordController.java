package org.lianjian.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.FormErrors;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping(PasswordChangeRequiredFilter.PASSWORD_PATH)
class PasswordController {

	private final AccountService accounts;

	private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	PasswordController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	String showForm(Model model) {
		model.addAttribute("form", PasswordForm.empty());
		return view(model);
	}

	@PostMapping
	String change(@AuthenticationPrincipal PortalUser user, @Valid @ModelAttribute("form") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (result.hasErrors()) {
			return view(model);
		}
		long stamp;
		try {
			stamp = this.accounts.changeOwnPassword(user.getId(), form);
		}
		catch (PasswordLockedException ex) {
			// as at the login: five wrong passwords lock the account, and this session
			// ends with it
			this.logout.logout(request, response, SecurityContextHolder.getContext().getAuthentication());
			return "redirect:/login?locked";
		}
		catch (RuleViolationException ex) {
			FormErrors.reject(result, ex);
			return view(model);
		}
		PortalUser updated = user.withPasswordChanged(stamp);
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities()));
		SecurityContextHolder.setContext(context);
		this.contextRepository.saveContext(context, request, response);
		redirect.addFlashAttribute("message", "password.changed");
		return "redirect:/";
	}

	private String view(Model model) {
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("password.title", null)));
		return "account/password";
	}

}
