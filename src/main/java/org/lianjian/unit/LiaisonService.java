package org.lianjian.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.AccountService;
import org.lianjian.account.DataScope;
import org.lianjian.account.PortalUser;
import org.lianjian.account.Role;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.web.NotFoundException;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Liaison appointments (appoint, end, handover) for staff, and the liaison's own
 * self-service edit of their unit.
 *
 * <p>
 * Ending an appointment disables the linked account when it has no other active
 * appointment, so the next login fails the same day. A session that is already open keeps
 * its principal, so the self-service writes here additionally refuse an account whose
 * appointments at the unit have all ended.
 */
@Service
public class LiaisonService {

	/** History field of the primary liaison (label {@code unit.liaison}). */
	static final String FIELD_PRIMARY = "liaison";

	/** History field of a deputy liaison (label {@code unit.deputyLiaison}). */
	static final String FIELD_DEPUTY = "deputyLiaison";

	private static final String PRIMARY_INDEX = "liaison_one_active_primary_uk";

	private final UnitService units;

	private final LiaisonRepository liaisons;

	private final UnitHistory history;

	private final AccountService accounts;

	private final ScopeService scopes;

	private final UserDetailsService userDetails;

	private final Clock clock;

	private final TransactionTemplate separateRead;

	private final ApplicationEventPublisher events;

	LiaisonService(UnitService units, LiaisonRepository liaisons, UnitHistory history, AccountService accounts,
			ScopeService scopes, UserDetailsService userDetails, Clock clock, PlatformTransactionManager transactions,
			ApplicationEventPublisher events) {
		this.events = events;
		this.units = units;
		this.liaisons = liaisons;
		this.history = history;
		this.accounts = accounts;
		this.scopes = scopes;
		this.userDetails = userDetails;
		this.clock = clock;
		this.separateRead = new TransactionTemplate(transactions);
		this.separateRead.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.separateRead.setReadOnly(true);
	}

	/**
	 * An appointment was made.
	 *
	 * @param liaisonId the new appointment
	 * @param oneTimePassword the one-time password of a newly created account, to show
	 * once; null when an existing account was linked
	 */
	public record Appointed(Long liaisonId, @Nullable String oneTimePassword) {

	}

	/**
	 * How many appointments a unit has had (for the suggested username).
	 * @param unitId the unit
	 * @return the count, ended ones included
	 */
	@Transactional(readOnly = true)
	public int appointmentCount(Long unitId) {
		this.units.loadInScope(unitId);
		return this.liaisons.findByUnitIdOrderByEndDateDescStartDateDesc(unitId).size();
	}

	/**
	 * Appoints a liaison and creates or links their LIAISON account. A unit has at most
	 * one active primary liaison: a second one is refused (use a handover).
	 * @param unitId the unit
	 * @param form the appointment
	 * @return the appointment and the account's one-time password, if new
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public Appointed appoint(Long unitId, LiaisonForm form) {
		ResidentUnit u = this.units.loadInScope(unitId);
		if (form.isPrimaryAppointment()) {
			this.liaisons.findActivePrimary(unitId).ifPresent((current) -> {
				throw new RuleViolationException("primary", "liaison.primary.taken", current.getPersonName());
			});
		}
		return create(u, form, null, "primary");
	}

	/**
	 * Ends an appointment today. The account loses access when it has no other active
	 * appointment.
	 * @param unitId the unit
	 * @param liaisonId the appointment
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void end(Long unitId, Long liaisonId) {
		this.units.loadInScope(unitId);
		Liaison l = loadAppointment(unitId, liaisonId);
		if (!l.isActive()) {
			throw new RuleViolationException(null, "liaison.alreadyEnded", l.getPersonName());
		}
		endNow(l);
		this.history.record(unitId, ChangeSource.LIAISON, fieldOf(l), l.getPersonName(), null);
		revokeIfIdle(l.getAccountId());
	}

	/**
	 * Handover: ends the current primary liaison and appoints the new one, in one
	 * transaction.
	 * @param unitId the unit
	 * @param form the new primary liaison
	 * @return the new appointment and the account's one-time password, if new
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public Appointed handover(Long unitId, HandoverForm form) {
		ResidentUnit u = this.units.loadInScope(unitId);
		Liaison old = this.liaisons.findActivePrimary(unitId)
			.orElseThrow(() -> new RuleViolationException(null, "liaison.handover.noPrimary"));
		endNow(old);
		this.liaisons.flush();
		Appointed appointed = create(u, form.asPrimary(), old.getPersonName(), null);
		revokeIfIdle(old.getAccountId());
		return appointed;
	}

	private Appointed create(ResidentUnit u, LiaisonForm f, @Nullable String previousName,
			@Nullable String primaryField) {
		Long unitId = Objects.requireNonNull(u.getId());
		String username = Objects.requireNonNull(f.username()).trim();
		checkUsername(username, unitId);
		String personName = Objects.requireNonNull(f.personName()).trim();
		AccountService.Provisioned account = this.accounts.provisionLiaison(username, personName, unitId);
		Liaison l = new Liaison();
		l.setUnitId(unitId);
		l.setPersonName(personName);
		l.setPosition(UnitService.blank(f.position()));
		l.setDepartment(UnitService.blank(f.department()));
		l.setPhone(UnitService.blank(f.phone()));
		l.setEmail(UnitService.blank(f.email()));
		l.setPrimary(f.isPrimaryAppointment());
		l.setStartDate(Objects.requireNonNull(f.startDate()));
		l.setAccountId(account.id());
		try {
			this.liaisons.saveAndFlush(l);
		}
		catch (DataIntegrityViolationException ex) {
			String cause = String.valueOf(ex.getMostSpecificCause().getMessage());
			if (cause.contains(PRIMARY_INDEX)) {
				throw new RuleViolationException(primaryField, "liaison.primary.taken.concurrent");
			}
			throw ex;
		}
		this.history.record(unitId, ChangeSource.LIAISON, fieldOf(l), previousName, personName);
		this.events
			.publishEvent(new LiaisonAppointed(unitId, Objects.requireNonNull(l.getId()), account.id(), l.isPrimary()));
		return new Appointed(Objects.requireNonNull(l.getId()), account.oneTimePassword());
	}

	/**
	 * An existing username may be linked only when it is a liaison account that does not
	 * currently serve another unit: provisioning re-scopes the account, and must not take
	 * it away from another unit or turn a staff or secretary account into a liaison.
	 */
	private void checkUsername(String username, Long unitId) {
		// looked up in a transaction of its own: an unknown username throws, and must not
		// mark the appointment's transaction for rollback
		UserDetails existing;
		try {
			existing = this.separateRead.execute((status) -> this.userDetails.loadUserByUsername(username));
		}
		catch (UsernameNotFoundException ex) {
			return;
		}
		if (!(existing instanceof PortalUser user) || user.getRole() != Role.LIAISON) {
			throw new RuleViolationException("username", "liaison.username.notLiaison");
		}
		boolean elsewhere = this.liaisons.findActiveByAccount(user.getId())
			.stream()
			.anyMatch((l) -> !l.getUnitId().equals(unitId));
		if (elsewhere || (user.isEnabled() && user.getScopeUnitId() != null && !unitId.equals(user.getScopeUnitId()))) {
			throw new RuleViolationException("username", "liaison.username.elsewhere");
		}
	}

	private void endNow(Liaison l) {
		LocalDate today = LocalDate.now(this.clock);
		l.setEndDate(l.getStartDate().isAfter(today) ? l.getStartDate() : today);
		this.events.publishEvent(
				new LiaisonEnded(l.getUnitId(), Objects.requireNonNull(l.getId()), l.getAccountId(), l.isPrimary()));
	}

	private void revokeIfIdle(@Nullable Long accountId) {
		if (accountId != null && this.liaisons.findActiveByAccount(accountId).isEmpty()) {
			this.accounts.revokeLiaison(accountId);
		}
	}

	private Liaison loadAppointment(Long unitId, Long liaisonId) {
		return this.liaisons.findById(liaisonId)
			.filter((l) -> l.getUnitId().equals(unitId))
			.orElseThrow(() -> new NotFoundException("liaison " + liaisonId));
	}

	private static String fieldOf(Liaison l) {
		return l.isPrimary() ? FIELD_PRIMARY : FIELD_DEPUTY;
	}

	// ---- liaison self-service -------------------------------------------------

	/**
	 * Whether the current user is a liaison whose self-service on the unit is open: the
	 * unit is theirs, and their appointment there (if the account has any record) has not
	 * ended.
	 * @param unitId the unit
	 * @return true for the unit's serving liaison
	 */
	@Transactional(readOnly = true)
	public boolean selfServiceOpen(Long unitId) {
		DataScope scope = this.scopes.current();
		if (!scope.isLiaison() || !unitId.equals(scope.unitId())) {
			return false;
		}
		return this.scopes.currentUser().map((user) -> !appointmentEnded(unitId, user.getId())).orElse(false);
	}

	/**
	 * The self-service form of the current liaison's unit.
	 * @param unitId the unit
	 * @return the form with the stored values
	 */
	@Transactional(readOnly = true)
	public LiaisonEditForm selfEditForm(Long unitId) {
		ResidentUnit u = requireOwnUnit(unitId);
		Optional<Liaison> own = ownAppointment(unitId);
		return new LiaisonEditForm(u.getContactPhone(), u.getContactEmail(), u.getHeadcount(), u.getPartyMemberCount(),
				u.getAddress(), own.map(Liaison::getPhone).orElse(null), own.map(Liaison::getEmail).orElse(null),
				u.getVersion(), own.map(Liaison::getVersion).orElse(null));
	}

	/**
	 * Whether the current liaison has an appointment record of their own on the unit
	 * (then the form shows its phone and email).
	 * @param unitId the unit
	 * @return true when there is one
	 */
	@Transactional(readOnly = true)
	public boolean hasOwnAppointment(Long unitId) {
		return ownAppointment(unitId).isPresent();
	}

	/**
	 * A liaison changes the direct fields of their own unit. Every changed field is
	 * recorded with source {@link ChangeSource#LIAISON_EDIT}.
	 * @param unitId the unit
	 * @param f the form
	 * @throws org.lianjian.shared.jpa.StaleEditException when someone saved in between
	 */
	@Transactional
	public void selfEdit(Long unitId, LiaisonEditForm f) {
		ResidentUnit u = requireOwnUnit(unitId);
		u.checkVersion(f.version() == null ? -1 : f.version());
		Optional<Liaison> own = ownAppointment(unitId);
		if (own.isPresent() && f.liaisonVersion() != null) {
			own.get().checkVersion(f.liaisonVersion());
		}
		ChangeSource source = ChangeSource.LIAISON_EDIT;
		int changed = 0;
		changed += this.units.set(true, unitId, source, "contactPhone", u.getContactPhone(),
				UnitService.blank(f.contactPhone()), u::setContactPhone);
		changed += this.units.set(true, unitId, source, "contactEmail", u.getContactEmail(),
				UnitService.blank(f.contactEmail()), u::setContactEmail);
		changed += this.units.set(true, unitId, source, "headcount", u.getHeadcount(),
				f.headcount() == null ? 0 : f.headcount(), u::setHeadcount);
		int members = this.units.set(true, unitId, source, "partyMemberCount", u.getPartyMemberCount(),
				f.partyMemberCount() == null ? 0 : f.partyMemberCount(), u::setPartyMemberCount);
		changed += members;
		changed += this.units.set(true, unitId, source, "address", u.getAddress(), UnitService.blank(f.address()),
				u::setAddress);
		if (own.isPresent()) {
			Liaison l = own.get();
			changed += this.units.set(true, unitId, source, "liaisonPhone", l.getPhone(),
					UnitService.blank(f.liaisonPhone()), l::setPhone);
			changed += this.units.set(true, unitId, source, "liaisonEmail", l.getEmail(),
					UnitService.blank(f.liaisonEmail()), l::setEmail);
		}
		if (members > 0 && u.getPartyOrgId() != null) {
			// keeps the unit's party organisation node in step (no new node for a
			// liaison)
			this.units.ensurePartyOrganisation(u);
		}
		if (changed > 0) {
			this.liaisons.flush();
		}
	}

	/**
	 * The unit of the current liaison, for self-service: 404 outside their scope or once
	 * their appointment has ended, 403 for any other role.
	 */
	ResidentUnit requireOwnUnit(Long unitId) {
		ResidentUnit u = this.units.loadInScope(unitId);
		DataScope scope = this.scopes.current();
		if (!scope.isLiaison()) {
			throw new AccessDeniedException("liaison self-service only");
		}
		Long accountId = this.scopes.currentUser().map(PortalUser::getId).orElse(null);
		if (accountId == null || appointmentEnded(unitId, accountId)) {
			throw UnitNotFoundException.forId(unitId);
		}
		return u;
	}

	private Optional<Liaison> ownAppointment(Long unitId) {
		Long accountId = this.scopes.currentUser().map(PortalUser::getId).orElse(null);
		if (accountId == null) {
			return Optional.empty();
		}
		return this.liaisons.findActiveByAccount(accountId)
			.stream()
			.filter((l) -> l.getUnitId().equals(unitId))
			.findFirst();
	}

	/**
	 * The account had appointments at the unit and all of them have ended.
	 */
	private boolean appointmentEnded(Long unitId, Long accountId) {
		List<Liaison> mine = this.liaisons.findByUnitIdOrderByEndDateDescStartDateDesc(unitId)
			.stream()
			.filter((l) -> accountId.equals(l.getAccountId()))
			.toList();
		return !mine.isEmpty() && mine.stream().noneMatch(Liaison::isActive);
	}

}
