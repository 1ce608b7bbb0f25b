package org.lianjian.support;

import org.lianjian.account.PortalUser;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Requests made as a real account: the principal is loaded by the portal's own
 * UserDetailsService, so role and scope are exactly what a login would give.
 */
@Component
public class Users {

	private final UserDetailsService users;

	public Users(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

	public Long scopeOrganisationOf(String username) {
		return ((PortalUser) this.users.loadUserByUsername(username)).getScopeOrganisationId();
	}

	public Long idOf(String username) {
		return ((PortalUser) this.users.loadUserByUsername(username)).getId();
	}

	public Long scopeUnitOf(String username) {
		return ((PortalUser) this.users.loadUserByUsername(username)).getScopeUnitId();
	}

}
