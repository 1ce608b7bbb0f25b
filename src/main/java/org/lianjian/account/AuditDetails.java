package org.lianjian.account;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lianjian.structure.StructureService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log's details as the reader's sentences. The account module writes each
 * detail in one small fixed grammar (a role and a scope such as "LIAISON unit#40", a
 * change "STAFF -> LIAISON", a lock of N minutes, a failed login's exception, a few fixed
 * phrases); this class reads it back into its parts and renders them through message
 * keys, with the role's label and the unit's or organisation's name (one query each for a
 * page). A detail outside the grammar (a row written before it) is shown as stored.
 */
@Component
class AuditDetails {

	private static final Pattern SIDE = Pattern
		.compile("(ADMIN|STAFF|SECRETARY|LIAISON)?\\s*(?:(unit|organisation)#(\\d+))?");

	private static final Pattern LOCKED = Pattern.compile("locked for (\\d+) min( after wrong current passwords)?");

	private static final Pattern THROTTLED = Pattern.compile("more login attempts than allowed in (\\d+) s");

	/** A failed login's cause, as the exception's class name. */
	private static final Pattern EXCEPTION = Pattern.compile("[A-Z]\\w*Exception");

	private static final Map<String, String> PHRASES = Map.of("liaison appointed", "audit.detail.liaisonAppointed",
			"liaison appointment ended", "audit.detail.liaisonEnded", "account changed", "audit.detail.accountChanged");

	private final ScopeUnits units;

	private final StructureService structure;

	private final MessageSource messages;

	AuditDetails(ScopeUnits units, StructureService structure, MessageSource messages) {
		this.units = units;
		this.structure = structure;
		this.messages = messages;
	}

	/**
	 * The entries with their details rendered for the current locale.
	 * @param entries a page of the log
	 * @return the same entries, details translated
	 */
	List<AuditEntry> render(List<AuditEntry> entries) {
		Set<Long> unitIds = new HashSet<>();
		Set<Long> orgIds = new HashSet<>();
		for (AuditEntry e : entries) {
			for (String side : sides(e.detail())) {
				Matcher m = SIDE.matcher(side);
				if (m.matches() && m.group(3) != null) {
					(m.group(2).equals("unit") ? unitIds : orgIds).add(Long.valueOf(m.group(3)));
				}
			}
		}
		Map<Long, String> unitNames = unitIds.isEmpty() ? Map.of() : this.units.names(unitIds);
		Map<Long, String> orgNames = orgIds.isEmpty() ? Map.of() : this.structure.names(orgIds);
		Locale locale = LocaleContextHolder.getLocale();
		List<AuditEntry> rendered = new ArrayList<>(entries.size());
		for (AuditEntry e : entries) {
			rendered.add(new AuditEntry(e.occurredAt(), e.type(), e.username(), e.actor(),
					text(e.detail(), unitNames, orgNames, locale), e.remoteAddr()));
		}
		return rendered;
	}

	private static List<String> sides(@Nullable String detail) {
		if (detail == null) {
			return List.of();
		}
		return List.of(detail.split(" -> ", 2)).stream().map(String::strip).toList();
	}

	private @Nullable String text(@Nullable String detail, Map<Long, String> unitNames, Map<Long, String> orgNames,
			Locale locale) {
		if (detail == null || detail.isBlank()) {
			return detail;
		}
		String phrase = PHRASES.get(detail);
		if (phrase != null) {
			return msg(phrase, locale);
		}
		Matcher locked = LOCKED.matcher(detail);
		if (locked.matches()) {
			return msg((locked.group(2) != null) ? "audit.detail.lockedPassword" : "audit.detail.locked", locale,
					locked.group(1));
		}
		if (EXCEPTION.matcher(detail).matches()) {
			return msg("audit.detail.loginError", locale);
		}
		Matcher throttled = THROTTLED.matcher(detail);
		if (throttled.matches()) {
			return msg("audit.detail.throttled", locale, throttled.group(1));
		}
		List<String> parts = new ArrayList<>();
		for (String side : sides(detail)) {
			String part = side(side, unitNames, orgNames, locale);
			if (part == null) {
				return detail;
			}
			parts.add(part);
		}
		return (parts.size() == 2) ? msg("audit.detail.change", locale, parts.get(0), parts.get(1)) : parts.get(0);
	}

	private @Nullable String side(String side, Map<Long, String> unitNames, Map<Long, String> orgNames, Locale locale) {
		Matcher m = SIDE.matcher(side);
		if (!m.matches()) {
			return null;
		}
		String role = (m.group(1) != null) ? msg("role." + m.group(1), locale) : null;
		String scope = null;
		if (m.group(3) != null) {
			Long id = Long.valueOf(m.group(3));
			String name = (m.group(2).equals("unit") ? unitNames : orgNames).get(id);
			scope = (name != null) ? name : msg("audit.detail.removed", locale);
		}
		if (role != null && scope != null) {
			return msg("audit.detail.roleScope", locale, role, scope);
		}
		if (role != null) {
			return role;
		}
		return (scope != null) ? scope : msg("audit.detail.noScope", locale);
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
