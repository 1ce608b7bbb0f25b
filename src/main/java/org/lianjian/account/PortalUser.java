package org.lianjian.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user, as kept in the session. Holds no entity, only ids.
 */
public final class PortalUser implements UserDetails, CredentialsContainer {

	@Serial
	private static final long serialVersionUID = 2L;

	private final Long id;

	private final String username;

	private final String displayName;

	private @Nullable String password;

	private final Role role;

	private final @Nullable Long scopeOrganisationId;

	private final @Nullable Long scopeUnitId;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	private final long securityStamp;

	PortalUser(Long id, String username, String displayName, @Nullable String password, Role role,
			@Nullable Long scopeOrganisationId, @Nullable Long scopeUnitId, boolean enabled, boolean locked,
			boolean mustChangePassword, long securityStamp) {
		this.id = id;
		this.username = username;
		this.displayName = displayName;
		this.password = password;
		this.role = role;
		this.scopeOrganisationId = scopeOrganisationId;
		this.scopeUnitId = scopeUnitId;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
		this.securityStamp = securityStamp;
	}

	/**
	 * The same user after changing their own password: this session stays signed in,
	 * under the account's new stamp.
	 * @param newStamp the account's stamp after the change
	 * @return the principal to keep in the session
	 */
	PortalUser withPasswordChanged(long newStamp) {
		return new PortalUser(this.id, this.username, this.displayName, null, this.role, this.scopeOrganisationId,
				this.scopeUnitId, this.enabled, this.locked, false, newStamp);
	}

	/**
	 * The account's security stamp when this session signed in.
	 * @return the stamp
	 */
	long getSecurityStamp() {
		return this.securityStamp;
	}

	public Long getId() {
		return this.id;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public @Nullable Long getScopeOrganisationId() {
		return this.scopeOrganisationId;
	}

	public @Nullable Long getScopeUnitId() {
		return this.scopeUnitId;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(this.role.authority()));
	}

	@Override
	public @Nullable String getPassword() {
		return this.password;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !this.locked;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof PortalUser that && this.username.equals(that.username);
	}

	@Override
	public int hashCode() {
		return this.username.hashCode();
	}

	@Override
	public String toString() {
		return "PortalUser[" + this.username + ", " + this.role + "]";
	}

}
