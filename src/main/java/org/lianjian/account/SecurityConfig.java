package org.lianjian.account;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import org.springframework.security.crypto.password.DelegatingPasswordEncoder;

import org.springframework.beans.factory.annotation.Value;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The one security filter chain: form login at /login, role rules per area, CSRF on,
 * session fixation protection, and a Content-Security-Policy with no inline scripts.
 * Login attempts are throttled ({@link LoginThrottle}), an anonymous visitor gets no
 * session ({@link LoginCsrfTokenRepository}), and a session whose account changed is
 * ended ({@link SessionStamps}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

	static final String STAFF_ROLES[] = { "ADMIN", "STAFF" };

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, JdbcTemplate jdbc, SecurityAuditService audit,
			LoginThrottle throttle) throws Exception {
		SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler("/login?error");
		// the login page shows no detail of the failure, so nothing needs a session
		failure.setAllowSessionCreation(false);
		http.authorizeHttpRequests((auth) -> auth
			.requestMatchers("/login", "/error", "/error/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
					"/favicon.ico", "/actuator/health", "/actuator/health/**", "/calendar.ics", "/calendar/*.ics")
			.permitAll()
			.requestMatchers("/actuator/**", "/admin/**")
			.hasRole("ADMIN")
			.requestMatchers(HttpMethod.GET, "/structure/organisations/new", "/structure/organisations/*/edit")
			.hasAnyRole(STAFF_ROLES)
			.requestMatchers(HttpMethod.POST, "/structure/**")
			.hasAnyRole(STAFF_ROLES)
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/", false))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			// no session for anonymous visitors: the login form's CSRF token and the page
			// to
			// return to after the login are kept in cookies
			.csrf((csrf) -> csrf.csrfTokenRepository(new LoginCsrfTokenRepository()))
			.requestCache((cache) -> cache.requestCache(new CookieRequestCache()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer
					.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)))
			.addFilterBefore(new LoginThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new SessionStamps.Filter(jdbc, audit), AnonymousAuthenticationFilter.class)
			.addFilterAfter(new PasswordChangeRequiredFilter(), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	/**
	 * Spring Security's delegating encoder: new hashes are bcrypt ({@code {bcrypt}}), and
	 * every id the factory knows still matches. The bcrypt work factor is
	 * {@code portal.password.bcrypt-strength} (10, Spring's default); only the test suite
	 * lowers it, where hundreds of demo liaisons get a one-time password at each start.
	 * At most {@code portal.password.concurrent-checks} hashes run at once (0, the
	 * default: one per processor), the others wait their turn
	 * ({@link BoundedPasswordEncoder}).
	 * @param strength the bcrypt log rounds for new hashes
	 * @param concurrentChecks how many hashes may run at once; 0 for one per processor
	 * @return the encoder
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${portal.password.bcrypt-strength:10}") int strength,
			@Value("${portal.password.concurrent-checks:0}") int concurrentChecks) {
		DelegatingPasswordEncoder factory = (DelegatingPasswordEncoder) PasswordEncoderFactories
			.createDelegatingPasswordEncoder();
		DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
				Map.of("bcrypt", new BCryptPasswordEncoder(strength)));
		// a hash of another kind (an account imported from elsewhere) is checked by the
		// factory's encoders
		encoder.setDefaultPasswordEncoderForMatches(factory);
		return new BoundedPasswordEncoder(encoder,
				(concurrentChecks > 0) ? concurrentChecks : Runtime.getRuntime().availableProcessors());
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}

}
