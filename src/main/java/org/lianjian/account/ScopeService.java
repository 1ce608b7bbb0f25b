package org.lianjian.account;

import java.util.Optional;
import java.util.Set;

import org.lianjian.structure.StructureService;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place that turns the logged-in user into a {@link DataScope}. Every module that
 * filters by scope asks this service.
 */
@Service
public class ScopeService {

	/** The request attribute that keeps a reading request's scope. */
	private static final String KEPT = ScopeService.class.getName() + ".scope";

	private final StructureService structure;

	private final UserAccountRepository accounts;

	ScopeService(StructureService structure, UserAccountRepository accounts) {
		this.structure = structure;
		this.accounts = accounts;
	}

	/**
	 * The logged-in user, if any.
	 * @return the user
	 */
	public Optional<PortalUser> currentUser() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof PortalUser user) {
			return Optional.of(user);
		}
		return Optional.empty();
	}

	/**
	 * The current user's scope: a signed-in account's, by its role; the system scope for
	 * a {@link SystemPrincipal} (work the portal's own code runs, such as the demo data).
	 * Anyone else gets {@link DataScope#NONE}, which sees nothing: an anonymous request,
	 * code running with no user at all, or any other principal. Code that reads without a
	 * user passes its scope explicitly (the calendar feeds do).
	 * <p>
	 * A page asks for the scope once per query it sends, and a secretary's scope is a
	 * walk of the organisation tree: a request that only reads (GET, HEAD) works out the
	 * scope once and keeps it for the rest of the request. A request that writes works it
	 * out at every call, since it may change the tree it covers.
	 * @return the scope
	 */
	public DataScope current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
			return DataScope.NONE;
		}
		if (auth.getPrincipal() instanceof PortalUser user) {
			return keptScope(user);
		}
		return (auth.getPrincipal() instanceof SystemPrincipal) ? DataScope.SYSTEM : DataScope.NONE;
	}

	private DataScope keptScope(PortalUser user) {
		RequestAttributes attrs = RequestContextHolder.getRequestAttributes();
		if (!(attrs instanceof ServletRequestAttributes request) || !isRead(request.getRequest().getMethod())) {
			return scopeOf(user);
		}
		if (attrs.getAttribute(KEPT, RequestAttributes.SCOPE_REQUEST) instanceof Kept kept && kept.user() == user) {
			return kept.scope();
		}
		DataScope scope = scopeOf(user);
		attrs.setAttribute(KEPT, new Kept(user, scope), RequestAttributes.SCOPE_REQUEST);
		return scope;
	}

	private static boolean isRead(String method) {
		return "GET".equals(method) || "HEAD".equals(method);
	}

	/** A request's scope and the signed-in user it was worked out for. */
	private record Kept(PortalUser user, DataScope scope) {

	}

	DataScope scopeOf(PortalUser user) {
		return switch (user.getRole()) {
			case ADMIN, STAFF -> DataScope.all(user.getRole());
			case SECRETARY -> new DataScope(Role.SECRETARY, user.getScopeOrganisationId() == null ? Set.of()
					: Set.copyOf(this.structure.subtreeIds(user.getScopeOrganisationId())), null);
			case LIAISON -> new DataScope(Role.LIAISON, Set.of(), user.getScopeUnitId());
		};
	}

	/**
	 * The scope of an account without a login (for example a private calendar feed opened
	 * by its secret token).
	 * @param accountId the account
	 * @return its scope; empty when the account does not exist or is disabled
	 */
	public Optional<DataScope> scopeOfAccount(Long accountId) {
		return this.accounts.findById(accountId).filter(UserAccount::isEnabled).map((a) -> switch (a.getRole()) {
			case ADMIN, STAFF -> DataScope.all(a.getRole());
			case SECRETARY -> new DataScope(Role.SECRETARY, a.getScopeOrganisationId() == null ? Set.of()
					: Set.copyOf(this.structure.subtreeIds(a.getScopeOrganisationId())), null);
			case LIAISON -> new DataScope(Role.LIAISON, Set.of(), a.getScopeUnitId());
		});
	}

}
