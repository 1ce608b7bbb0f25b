package org.lianjian.account;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/**
 * Work that the portal's own code runs without a user but on behalf of the whole
 * sub-district, such as loading the demo data. It is the only principal that
 * {@link ScopeService#current()} gives {@link DataScope#SYSTEM}; no login produces it.
 *
 * @param name what the work is called, for logs and change histories
 */
public record SystemPrincipal(String name) implements AuthenticatedPrincipal {

	/**
	 * A signed-in system principal with the ADMIN role.
	 * @param name what the work is called
	 * @return the authentication to put in the security context while the work runs
	 */
	public static Authentication authentication(String name) {
		return UsernamePasswordAuthenticationToken.authenticated(new SystemPrincipal(name), null,
				AuthorityUtils.createAuthorityList(Role.ADMIN.authority()));
	}

	@Override
	public String getName() {
		return this.name;
	}

	@Override
	public String toString() {
		return this.name;
	}

}
