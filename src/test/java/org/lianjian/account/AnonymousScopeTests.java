package org.lianjian.account;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lianjian.support.WebIntegrationTest;
import org.lianjian.unit.UnitService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The data scope fails closed: only a signed-in account and the portal's own
 * {@link SystemPrincipal} see data; nobody signed in, an anonymous request and any other
 * principal see nothing, through the same service calls that answer the pages.
 */
@WebIntegrationTest
class AnonymousScopeTests {

	@Autowired
	private ScopeService scopes;

	@Autowired
	private UnitService units;

	@Autowired
	private UserDetailsService users;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void nobodySignedInSeesNothing() {
		SecurityContextHolder.clearContext();
		assertThat(this.scopes.current()).isEqualTo(DataScope.NONE);
		assertThat(this.units.countActiveInScope()).isZero();
		assertThat(this.units.activeUnitsInScope()).isEmpty();
	}

	@Test
	void anAnonymousRequestSeesNothing() {
		signIn(new AnonymousAuthenticationToken("key", "anonymousUser",
				AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
		assertThat(this.scopes.current()).isEqualTo(DataScope.NONE);
		assertThat(this.units.countActiveInScope()).isZero();
	}

	@Test
	void anotherPrincipalSeesNothingEvenWithTheAdminRole() {
		signIn(UsernamePasswordAuthenticationToken.authenticated("someone", null,
				AuthorityUtils.createAuthorityList(Role.ADMIN.authority())));
		assertThat(this.scopes.current()).isEqualTo(DataScope.NONE);
		assertThat(this.units.countActiveInScope()).isZero();
	}

	@Test
	void theSystemAndStaffSeeEveryActiveUnit() {
		signIn(SystemPrincipal.authentication("scope-test"));
		assertThat(this.scopes.current()).isEqualTo(DataScope.SYSTEM);
		long all = this.units.countActiveInScope();
		assertThat(all).isPositive();
		var staff = this.users.loadUserByUsername("staff");
		signIn(UsernamePasswordAuthenticationToken.authenticated(staff, null, staff.getAuthorities()));
		assertThat(this.units.countActiveInScope()).isEqualTo(all);
	}

	@Test
	void theEmptyScopeCoversNothing() {
		assertThat(List.of(DataScope.NONE.isAll(), DataScope.NONE.coversOrganisation(1L),
				DataScope.NONE.coversUnit(1L, 1L), DataScope.NONE.coversUnit(null, null)))
			.containsOnly(false);
	}

	private static void signIn(Authentication authentication) {
		SecurityContextHolder.getContext().setAuthentication(authentication);
	}

}
