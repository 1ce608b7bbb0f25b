package org.lianjian.account;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the layout shows of the logged-in user, as {@code @layoutUser} in templates. Works
 * for any principal, so error pages render whatever the authentication is.
 */
@Component("layoutUser")
public class LayoutUser {

	public String displayName(@Nullable Authentication auth) {
		if (auth == null) {
			return "";
		}
		return (auth.getPrincipal() instanceof PortalUser user) ? user.getDisplayName() : auth.getName();
	}

	public String roleKey(@Nullable Authentication auth) {
		if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
			return user.getRole().messageKey();
		}
		return "role.STAFF";
	}

	public boolean mustChangePassword(@Nullable Authentication auth) {
		return auth != null && auth.getPrincipal() instanceof PortalUser user && user.isMustChangePassword();
	}

}
