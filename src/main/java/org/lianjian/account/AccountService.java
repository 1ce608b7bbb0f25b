package org.lianjian.account;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.PageView;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.StructureService;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Accounts: administration, own password changes and provisioning by other modules.
 */
@Service
public class AccountService {

	private static final String PASSWORD_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository accounts;

	private final PasswordEncoder encoder;

	private final SecurityAuditService audit;

	private final StructureService structure;

	private final ObjectProvider<ScopeUnits> units;

	private final Clock clock;

	private final PasswordPolicy policy;

	AccountService(UserAccountRepository accounts, PasswordEncoder encoder, SecurityAuditService audit,
			StructureService structure, ObjectProvider<ScopeUnits> units, Clock clock, PasswordPolicy policy) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.audit = audit;
		this.structure = structure;
		this.units = units;
		this.clock = clock;
		this.policy = policy;
	}

	/**
	 * How many accounts the account list shows unfiltered: the list's own count, so that
	 * the admin dashboard's figure and the list it links to agree.
	 * @return the list's total
	 */
	@Transactional(readOnly = true)
	public long count() {
		return this.accounts.search("", null, false, this.clock.instant(), PageRequest.of(0, 1)).getTotalElements();
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public PageView<AccountSummary> search(@Nullable String q, @Nullable Role role, int page) {
		return search(q, role, false, page);
	}

	/**
	 * One page of the account list.
	 * @param q part of a login or name
	 * @param role one role only
	 * @param attention only enabled accounts that are locked now or still on a one-time
	 * password (the admin's home page to-do, {@code /admin/accounts?attention=true})
	 * @param page the page
	 * @return the page, by login
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public PageView<AccountSummary> search(@Nullable String q, @Nullable Role role, boolean attention, int page) {
		String query = StringUtils.hasText(q) ? q.trim().toLowerCase() : "";
		// what needs the admin: the most recently changed first
		Sort order = attention ? Sort.by(Sort.Direction.DESC, "updatedAt", "id") : Sort.by("username");
		Page<UserAccount> result = this.accounts.search(query, role, attention, this.clock.instant(),
				PageRequest.of(PageView.index(page), 25, order));
		Set<Long> orgIds = new HashSet<>();
		Set<Long> unitIds = new HashSet<>();
		result.forEach((a) -> {
			if (a.getScopeOrganisationId() != null) {
				orgIds.add(a.getScopeOrganisationId());
			}
			if (a.getScopeUnitId() != null) {
				unitIds.add(a.getScopeUnitId());
			}
		});
		Map<Long, String> orgNames = this.structure.names(orgIds);
		Map<Long, String> unitNames = unitNames(unitIds);
		return PageView.of(result.map((a) -> summary(a, orgNames, unitNames)));
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public AccountSummary detail(Long id) {
		UserAccount a = load(id);
		return summary(a,
				a.getScopeOrganisationId() == null ? Map.of()
						: this.structure.names(List.of(a.getScopeOrganisationId())),
				a.getScopeUnitId() == null ? Map.of() : unitNames(List.of(a.getScopeUnitId())));
	}

	private Map<Long, String> unitNames(java.util.Collection<Long> ids) {
		ScopeUnits directory = this.units.getIfAvailable();
		return (directory == null || ids.isEmpty()) ? new HashMap<>() : directory.names(ids);
	}

	private AccountSummary summary(UserAccount a, Map<Long, String> orgNames, Map<Long, String> unitNames) {
		String scope = a.getScopeOrganisationId() != null ? orgNames.get(a.getScopeOrganisationId())
				: a.getScopeUnitId() != null ? unitNames.get(a.getScopeUnitId()) : null;
		return new AccountSummary(a.getId(), a.getVersion(), a.getUsername(), a.getDisplayName(), a.getRole(),
				a.getScopeOrganisationId(), a.getScopeUnitId(), scope, a.isEnabled(), a.isLocked(this.clock.instant()),
				a.isMustChangePassword(), a.getLastLoginAt());
	}

	/**
	 * Creates an account with a one-time password, which the user must change at first
	 * login.
	 * @param form the account
	 * @return the new id and the one-time password, to show once
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Created create(AccountForm form) {
		String password = generatePassword();
		Long id = createAccount(form, password, true);
		return new Created(id, password);
	}

	/**
	 * Creates an account with a given password. For provisioning (demo data, the first
	 * admin, liaison appointments).
	 * @param form the account
	 * @param rawPassword its password
	 * @param mustChangePassword whether it must be changed at first login
	 * @return the new id
	 */
	@Transactional
	public Long createAccount(AccountForm form, String rawPassword, boolean mustChangePassword) {
		String username = Objects.requireNonNull(form.username()).trim();
		if (this.accounts.findByUsername(username).isPresent()) {
			throw new RuleViolationException("username", "account.username.taken");
		}
		Role role = Objects.requireNonNull(form.role());
		checkScope(role, form.scopeOrganisationId(), form.scopeUnitId());
		UserAccount a = new UserAccount();
		a.setUsername(username);
		a.setDisplayName(Objects.requireNonNull(form.displayName()).trim());
		a.setScope(role, form.scopeOrganisationId(), form.scopeUnitId());
		a.setPasswordHash(this.encoder.encode(rawPassword));
		a.setMustChangePassword(mustChangePassword);
		this.accounts.save(a);
		this.audit.record(AuditEventType.ACCOUNT_CREATED, username, actor(), role.name() + scopeText(a));
		return Objects.requireNonNull(a.getId());
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void update(Long id, AccountForm form) {
		UserAccount a = load(id);
		a.checkVersion(form.version() == null ? -1 : form.version());
		Role role = Objects.requireNonNull(form.role());
		checkScope(role, form.scopeOrganisationId(), form.scopeUnitId());
		if (a.getRole() == Role.ADMIN && role != Role.ADMIN) {
			checkNotLastAdmin(a);
		}
		Role oldRole = a.getRole();
		String oldScope = scopeText(a);
		a.setDisplayName(Objects.requireNonNull(form.displayName()).trim());
		a.setScope(role, form.scopeOrganisationId(), form.scopeUnitId());
		if (oldRole != role) {
			this.audit.record(AuditEventType.ROLE_CHANGED, a.getUsername(), actor(), oldRole + " -> " + role);
		}
		if (!oldScope.equals(scopeText(a))) {
			this.audit.record(AuditEventType.SCOPE_CHANGED, a.getUsername(), actor(), oldScope + " -> " + scopeText(a));
		}
		this.accounts.flush();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void setEnabled(Long id, boolean enabled) {
		UserAccount a = load(id);
		if (a.isEnabled() == enabled) {
			return;
		}
		if (!enabled && a.getRole() == Role.ADMIN) {
			checkNotLastAdmin(a);
		}
		a.setEnabled(enabled);
		this.audit.record(enabled ? AuditEventType.ACCOUNT_ENABLED : AuditEventType.ACCOUNT_DISABLED, a.getUsername(),
				actor(), null);
	}

	/**
	 * Gives an account a new one-time password and lifts any lock.
	 * @param id the account
	 * @return the one-time password, to show once
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public String resetPassword(Long id) {
		UserAccount a = load(id);
		String password = generatePassword();
		a.setPasswordHash(this.encoder.encode(password));
		a.setMustChangePassword(true);
		a.setFailedAttempts(0);
		a.setLockedUntil(null);
		this.audit.record(AuditEventType.PASSWORD_RESET, a.getUsername(), actor(), null);
		return password;
	}

	/**
	 * Changes the logged-in user's own password. A wrong current password counts as a
	 * failed login: the fifth in a row locks the account for fifteen minutes, and while
	 * it is locked the current password is not even checked. The account's other sessions
	 * end; the caller keeps this one under the returned stamp.
	 * @param userId the user
	 * @param form current and new password
	 * @return the account's security stamp after the change
	 * @throws PasswordLockedException when this attempt locked the account
	 */
	@Transactional(noRollbackFor = RuleViolationException.class)
	public long changeOwnPassword(Long userId, PasswordForm form) {
		UserAccount a = load(userId);
		Instant now = this.clock.instant();
		if (a.isLocked(now)) {
			throw new RuleViolationException("currentPassword", "password.current.locked");
		}
		if (!this.encoder.matches(Objects.requireNonNull(form.currentPassword()), a.getPasswordHash())) {
			wrongCurrentPassword(a, now);
		}
		String next = Objects.requireNonNull(form.newPassword());
		if (!next.equals(form.confirmPassword())) {
			throw new RuleViolationException("confirmPassword", "password.confirm.mismatch");
		}
		if (next.equalsIgnoreCase(a.getUsername()) || this.encoder.matches(next, a.getPasswordHash())) {
			throw new RuleViolationException("newPassword", "password.new.weak");
		}
		this.policy.violation(a.getUsername(), next).ifPresent((code) -> {
			throw new RuleViolationException("newPassword", code);
		});
		a.setPasswordHash(this.encoder.encode(next));
		a.setMustChangePassword(false);
		a.setFailedAttempts(0);
		this.audit.record(AuditEventType.PASSWORD_CHANGED, a.getUsername(), a.getUsername(), null);
		this.accounts.flush();
		return a.getSecurityStamp();
	}

	private void wrongCurrentPassword(UserAccount a, Instant now) {
		boolean locked = a.recordFailure(now);
		this.audit.record(AuditEventType.PASSWORD_CHANGE_FAILED, a.getUsername(), a.getUsername(),
				"wrong current password");
		if (locked) {
			this.audit.record(AuditEventType.ACCOUNT_LOCKED, a.getUsername(), null,
					"locked for " + UserAccount.LOCK_DURATION.toMinutes() + " min after wrong current passwords");
			throw new PasswordLockedException();
		}
		throw new RuleViolationException("currentPassword", "password.current.wrong");
	}

	/**
	 * Gives a liaison access to their unit: creates a LIAISON account scoped to the unit,
	 * or, when the username exists already, re-scopes and enables that account.
	 * @param username the account's username
	 * @param displayName the person's name
	 * @param unitId the unit
	 * @return the account and, for a new account, its one-time password
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public Provisioned provisionLiaison(String username, String displayName, Long unitId) {
		Optional<UserAccount> existing = this.accounts.findByUsername(username.trim());
		if (existing.isEmpty()) {
			String password = generatePassword();
			Long id = createAccount(new AccountForm(username, displayName, Role.LIAISON, null, unitId, null), password,
					true);
			return new Provisioned(id, password);
		}
		UserAccount a = existing.get();
		if (a.getRole() == Role.ADMIN || a.getRole() == Role.STAFF) {
			throw new RuleViolationException("username", "account.liaison.privileged");
		}
		checkScope(Role.LIAISON, null, unitId);
		String oldScope = scopeText(a);
		Role oldRole = a.getRole();
		a.setScope(Role.LIAISON, null, unitId);
		if (oldRole != Role.LIAISON) {
			this.audit.record(AuditEventType.ROLE_CHANGED, a.getUsername(), actor(), oldRole + " -> LIAISON");
		}
		if (!oldScope.equals(scopeText(a))) {
			this.audit.record(AuditEventType.SCOPE_CHANGED, a.getUsername(), actor(), oldScope + " -> " + scopeText(a));
		}
		if (!a.isEnabled()) {
			a.setEnabled(true);
			this.audit.record(AuditEventType.ACCOUNT_ENABLED, a.getUsername(), actor(), "liaison appointed");
		}
		return new Provisioned(a.getId(), null);
	}

	/**
	 * Ends a liaison's access: the account is disabled at once.
	 * @param accountId the LIAISON account
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void revokeLiaison(Long accountId) {
		UserAccount a = load(accountId);
		if (a.getRole() != Role.LIAISON || !a.isEnabled()) {
			return;
		}
		a.setEnabled(false);
		this.audit.record(AuditEventType.ACCOUNT_DISABLED, a.getUsername(), actor(), "liaison appointment ended");
	}

	/**
	 * With no account at all, creates {@code admin}, which must change its password at
	 * first login.
	 * @param password the password to use, or null to generate one; a password that the
	 * {@link PasswordPolicy} refuses is replaced by a generated one
	 * @return the password that was set (to print once), or empty when accounts exist
	 */
	@Transactional
	public Optional<String> bootstrapAdmin(@Nullable String password) {
		if (this.accounts.count() > 0) {
			return Optional.empty();
		}
		String pw = StringUtils.hasText(password) && this.policy.violation("admin", password).isEmpty() ? password
				: generatePassword();
		createAccount(new AccountForm("admin", "Administrator", Role.ADMIN, null, null, null), pw, true);
		return Optional.of(pw);
	}

	private void checkScope(Role role, @Nullable Long organisationId, @Nullable Long unitId) {
		if (role == Role.SECRETARY) {
			if (organisationId == null) {
				throw new RuleViolationException("scopeOrganisationId", "account.scope.organisation.required");
			}
			if (this.structure.name(organisationId).isEmpty()) {
				throw new RuleViolationException("scopeOrganisationId", "account.scope.organisation.required");
			}
		}
		if (role == Role.LIAISON) {
			if (unitId == null || unitNames(List.of(unitId)).isEmpty()) {
				throw new RuleViolationException("scopeUnitId", "account.scope.unit.required");
			}
		}
	}

	private void checkNotLastAdmin(UserAccount a) {
		long enabledAdmins = this.accounts.findAll()
			.stream()
			.filter((x) -> x.getRole() == Role.ADMIN && x.isEnabled())
			.count();
		if (a.isEnabled() && enabledAdmins <= 1) {
			throw new RuleViolationException(null, "account.lastAdmin");
		}
	}

	private static String scopeText(UserAccount a) {
		if (a.getScopeOrganisationId() != null) {
			return " organisation#" + a.getScopeOrganisationId();
		}
		if (a.getScopeUnitId() != null) {
			return " unit#" + a.getScopeUnitId();
		}
		return "";
	}

	private static @Nullable String actor() {
		var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return auth == null ? null : auth.getName();
	}

	static String generatePassword() {
		StringBuilder sb = new StringBuilder(14);
		for (int i = 0; i < 14; i++) {
			sb.append(PASSWORD_ALPHABET.charAt(RANDOM.nextInt(PASSWORD_ALPHABET.length())));
		}
		return sb.toString();
	}

	private UserAccount load(Long id) {
		return this.accounts.findById(id).orElseThrow(() -> AccountNotFoundException.forId(id));
	}

	/**
	 * A new account and its one-time password.
	 *
	 * @param id the account id
	 * @param password the one-time password
	 */
	public record Created(Long id, String password) {

	}

	/**
	 * A liaison's account.
	 *
	 * @param id the account id
	 * @param oneTimePassword the one-time password of a new account, or null when an
	 * existing account was linked
	 */
	public record Provisioned(Long id, @Nullable String oneTimePassword) {

	}

}
