package org.lianjian.account;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AccountUserDetailsService implements UserDetailsService {

	private final UserAccountRepository accounts;

	private final Clock clock;

	AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		if (!UserAccount.isPlausibleUsername(username.trim())) {
			throw new UsernameNotFoundException("unknown user");
		}
		UserAccount a = this.accounts.findByUsername(username.trim())
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return toPrincipal(a, a.getPasswordHash(), this.clock);
	}

	static PortalUser toPrincipal(UserAccount a, String passwordHash, Clock clock) {
		return new PortalUser(a.getId(), a.getUsername(), a.getDisplayName(), passwordHash, a.getRole(),
				a.getScopeOrganisationId(), a.getScopeUnitId(), a.isEnabled(), a.isLocked(clock.instant()),
				a.isMustChangePassword(), a.getSecurityStamp());
	}

}
