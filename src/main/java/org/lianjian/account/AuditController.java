package org.lianjian.account;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.Crumb;
import org.lianjian.shared.web.PageView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class AuditController {

	private final SecurityAuditService audit;

	private final AuditDetails details;

	AuditController(SecurityAuditService audit, AuditDetails details) {
		this.audit = audit;
		this.details = details;
	}

	@GetMapping("/admin/audit")
	String showList(@RequestParam(required = false) @Nullable AuditEventType type,
			@RequestParam(required = false) @Nullable String username,
			@RequestParam(defaultValue = "false") boolean recent, @RequestParam(defaultValue = "0") int page,
			Model model) {
		PageView<AuditEntry> found = this.audit.search(type, username, recent, page);
		model.addAttribute("page", new PageView<>(this.details.render(found.content()), found.number(), found.size(),
				found.totalElements(), found.totalPages(), found.more()));
		model.addAttribute("recent", recent);
		model.addAttribute("type", type);
		model.addAttribute("username", username == null ? "" : username);
		model.addAttribute("types", AuditEventType.values());
		model.addAttribute("breadcrumbs", Crumb.trail(Crumb.key("nav.audit", null)));
		return "account/audit";
	}

}
