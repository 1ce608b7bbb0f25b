package org.lianjian.account;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;

@Controller
class LoginController {

	@GetMapping("/login")
	String showLogin(
			@RequestAttribute(name = LoginThrottleFilter.THROTTLED, required = false) @Nullable Boolean throttled,
			Model model) {
		model.addAttribute("throttled", Boolean.TRUE.equals(throttled));
		return "account/login";
	}

}
