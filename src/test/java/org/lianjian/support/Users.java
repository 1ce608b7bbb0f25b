package org.lianjian.support;

import java.util.function.Supplier;

import org.lianjian.account.PortalUser;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
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

	/**
	 * Calls a service as a signed-in account, outside any request: a test's direct call
	 * has nobody signed in otherwise, and an anonymous caller's scope is empty.
	 * @param username the account
	 * @param work the call
	 * @return what it returned
	 */
	public <T> T call(String username, Supplier<T> work) {
		UserDetails user = this.users.loadUserByUsername(username);
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
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
