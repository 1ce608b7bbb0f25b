package org.lianjian.account;

import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Who did something, as a page names them ({@code @actorNames} in templates): change
 * histories, fulfilment records and audit entries store the login name of the account, or
 * the name of the portal's own work ("system" for work without a user, "demo-data" for
 * the demo data). A reader sees the person's name, and the portal's own work as a
 * translated label, never a login name or a code. The names of all accounts are read in
 * one query the first time a request asks, so a list of any length costs one query.
 */
@Component("actorNames")
@RequestScope
public class ActorNames {

	/** Actors that are the portal's own work, each with its label's message key. */
	private static final Map<String, String> PORTAL_WORK = Map.of("system", "actor.system", "demo-data",
			"actor.demoData");

	private final UserAccountRepository accounts;

	private final MessageSource messages;

	private @Nullable Map<String, String> names;

	ActorNames(UserAccountRepository accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	/**
	 * The name to show for an actor.
	 * @param actor the stored actor (a login name, or the portal's own work)
	 * @return the person's name, the label of the portal's work, or the stored value for
	 * an account that no longer exists
	 */
	public String name(@Nullable String actor) {
		if (actor == null || actor.isBlank()) {
			return "—";
		}
		String key = PORTAL_WORK.get(actor);
		if (key != null) {
			return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
		}
		if (this.names == null) {
			Map<String, String> all = new HashMap<>();
			for (Object[] row : this.accounts.findDisplayNames()) {
				all.put(((String) row[0]).toLowerCase(), (String) row[1]);
			}
			this.names = all;
		}
		String name = this.names.get(actor.toLowerCase());
		return (name == null || name.isBlank()) ? actor : name;
	}

}
