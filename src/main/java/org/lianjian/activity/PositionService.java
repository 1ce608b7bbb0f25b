package org.lianjian.activity;

import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.PortalUser;
import org.lianjian.account.ScopeService;
import org.lianjian.agreement.AgreementService;
import org.lianjian.shared.web.NotFoundException;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitService;

import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The public API for positions (阵地), bases (基地) and their bookings. Everybody signed in
 * may read them; staff manage them; staff, secretaries and liaisons book them. The
 * database makes double booking impossible; a refused booking names the one in the way.
 */
@Service
public class PositionService {

	/** SQL state of an exclusion-constraint violation. */
	static final String EXCLUSION_VIOLATION = "23P01";

	private static final DateTimeFormatter HM = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final PositionRepository positions;

	private final BookingRepository bookings;

	private final ScopeService scopes;

	private final StructureService structure;

	private final UnitService units;

	private final TransactionTemplate tx;

	private final TransactionTemplate readTx;

	private final Clock clock;

	private final AgreementService agreements;

	PositionService(PositionRepository positions, BookingRepository bookings, ScopeService scopes,
			StructureService structure, UnitService units, PlatformTransactionManager transactions, Clock clock,
			AgreementService agreements) {
		this.agreements = agreements;
		this.positions = positions;
		this.bookings = bookings;
		this.scopes = scopes;
		this.structure = structure;
		this.units = units;
		this.tx = new TransactionTemplate(transactions);
		this.readTx = new TransactionTemplate(transactions);
		this.readTx.setReadOnly(true);
		this.clock = clock;
	}

	/** Whether the current user may create and edit positions. */
	public boolean canManage() {
		return this.scopes.current().isAll() && this.scopes.currentUser().isPresent();
	}

	/** Whether the current user may book positions. */
	public boolean canBook() {
		return this.scopes.currentUser().isPresent();
	}

	@Transactional(readOnly = true)
	public List<PositionViews.Summary> list() {
		List<Position> all = this.positions.findAllOrdered();
		Map<Long, String> orgNames = this.structure
			.names(all.stream().map(Position::getOwnerOrganisationId).filter(Objects::nonNull).distinct().toList());
		Map<Long, String> unitNames = this.units
			.names(all.stream().map(Position::getOwnerUnitId).filter(Objects::nonNull).distinct().toList());
		return all.stream()
			.map((p) -> new PositionViews.Summary(p.getId(), p.getKind(), p.getCategory(), p.getName(), p.getAddress(),
					p.getCapacity(), ownerName(p, orgNames, unitNames)))
			.toList();
	}

	@Transactional(readOnly = true)
	public PositionViews.Detail detail(Long id) {
		return toDetail(load(id));
	}

	/** Ids of all positions, in list order (for demo data and pickers). */
	@Transactional(readOnly = true)
	public List<Long> ids() {
		return this.positions.findAllOrdered().stream().map(Position::getId).toList();
	}

	/**
	 * A position's week of live bookings, seven days from {@code from}.
	 * @param id the position
	 * @param from first day shown
	 * @return the week
	 */
	@Transactional(readOnly = true)
	public PositionViews.Week week(Long id, LocalDate from) {
		PositionViews.Detail detail = toDetail(load(id));
		LocalDate to = from.plusDays(7);
		ZoneId zone = this.clock.getZone();
		List<Booking> live = this.bookings.findOverlapping(id, from.atStartOfDay(zone).toInstant(),
				to.atStartOfDay(zone).toInstant());
		PortalUser user = this.scopes.currentUser().orElse(null);
		boolean staff = this.scopes.current().isAll();
		LocalDate today = LocalDate.now(this.clock);
		List<PositionViews.Day> days = new ArrayList<>();
		for (LocalDate d = from; d.isBefore(to); d = d.plusDays(1)) {
			LocalDate day = d;
			List<PositionViews.Booking> onDay = live.stream()
				.filter((b) -> LocalDate.ofInstant(b.getStartsAt(), zone).equals(day))
				.map((b) -> toView(b, user, staff))
				.toList();
			int weekday = d.getDayOfWeek().getValue();
			days.add(new PositionViews.Day(d, weekday, detail.hoursOn(weekday), onDay, d.equals(today)));
		}
		String isoWeek = from.get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ String.format("%02d", from.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		return new PositionViews.Week(detail, from, to.minusDays(1), isoWeek, days);
	}

	/**
	 * The first day of a week given as {@code 2026-W48}, or a date, or this week's
	 * Monday. Unreadable values fall back to this week.
	 * @param week ISO week
	 * @param from first day
	 * @return the first day to show
	 */
	public LocalDate weekStart(@Nullable String week, @Nullable LocalDate from) {
		if (from != null) {
			return from;
		}
		if (week != null && week.matches("\\d{4}-W\\d{2}")) {
			try {
				return LocalDate.parse(week + "-1", DateTimeFormatter.ISO_WEEK_DATE);
			}
			catch (DateTimeParseException ex) {
				// fall through to this week
			}
		}
		return LocalDate.now(this.clock).with(DayOfWeek.MONDAY);
	}

	@Transactional(readOnly = true)
	public PositionForm form(Long id) {
		Position p = load(id);
		List<String> opens = new ArrayList<>();
		List<String> closes = new ArrayList<>();
		for (int d = 1; d <= 7; d++) {
			int weekday = d;
			PositionHours h = p.getHours().stream().filter((x) -> x.getWeekday() == weekday).findFirst().orElse(null);
			opens.add(h == null ? "" : h.getOpens().format(HM));
			closes.add(h == null ? "" : h.getCloses().format(HM));
		}
		return new PositionForm(p.getCategory(), p.getName(), p.getAddress(), p.getCapacity(), p.getContact(),
				p.getOwnerOrganisationId(), p.getOwnerUnitId(), p.getAgreementId(), opens, closes, p.getVersion());
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public Long create(PositionForm form) {
		Position p = new Position(Objects.requireNonNull(form.category()), Objects.requireNonNull(form.name()));
		apply(p, form);
		return this.positions.save(p).getId();
	}

	@Transactional
	@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
	public void update(Long id, PositionForm form) {
		Position p = load(id);
		p.checkVersion(form.version());
		apply(p, form);
	}

	/**
	 * Books a position for the current user. Not transactional itself: the insert runs in
	 * its own transaction, so that after the database refuses an overlap the conflicting
	 * booking can be looked up and named.
	 * @param positionId the position
	 * @param form the booking
	 * @return the new booking's id
	 * @throws RuleViolationException outside opening hours, or when the slot is taken
	 */
	public Long book(Long positionId, BookingForm form) {
		PortalUser user = this.scopes.currentUser()
			.orElseThrow(() -> new AccessDeniedException("booking needs a signed-in user"));
		LocalDate day = Objects.requireNonNull(form.day());
		LocalTime start = Objects.requireNonNull(form.startsAt());
		LocalTime end = Objects.requireNonNull(form.endsAt());
		if (!end.isAfter(start)) {
			throw new RuleViolationException("endsAt", "booking.endBeforeStart");
		}
		PositionViews.Detail detail = Objects.requireNonNull(this.readTx.execute((s) -> detail(positionId)));
		PositionViews.Hours hours = detail.hoursOn(day.getDayOfWeek().getValue());
		if (hours == null) {
			throw new RuleViolationException("day", "booking.closedDay");
		}
		if (start.isBefore(hours.opens()) || end.isAfter(hours.closes())) {
			throw new RuleViolationException("startsAt", "booking.outsideHours", hours.opens().format(HM),
					hours.closes().format(HM));
		}
		ZoneId zone = this.clock.getZone();
		Instant startsAt = LocalDateTime.of(day, start).atZone(zone).toInstant();
		Instant endsAt = LocalDateTime.of(day, end).atZone(zone).toInstant();
		if (!endsAt.isAfter(this.clock.instant())) {
			throw new RuleViolationException("day", "booking.past");
		}
		String purpose = Objects.requireNonNull(form.purpose()).trim();
		try {
			return Objects.requireNonNull(
					this.tx.execute((s) -> this.bookings
						.saveAndFlush(new Booking(positionId, startsAt, endsAt, purpose, form.activityId(),
								user.getId(), user.getDisplayName()))
						.getId()));
		}
		catch (DataIntegrityViolationException ex) {
			if (!isOverlap(ex)) {
				throw ex;
			}
			throw conflict(positionId, startsAt, endsAt);
		}
	}

	/**
	 * Cancels a booking and frees its slot. The booker and staff may cancel.
	 * @param bookingId the booking
	 * @return the position it was for
	 */
	@Transactional
	public Long cancel(Long bookingId) {
		Booking b = this.bookings.findById(bookingId).orElseThrow(() -> new NotFoundException("booking " + bookingId));
		PortalUser user = this.scopes.currentUser().orElse(null);
		DataScope scope = this.scopes.current();
		if (!scope.isAll() && (user == null || !user.getId().equals(b.getBookedBy()))) {
			throw new AccessDeniedException("only the booker or staff may cancel");
		}
		if (b.getStatus() == BookingStatus.BOOKED) {
			b.cancel();
		}
		return b.getPositionId();
	}

	private RuleViolationException conflict(Long positionId, Instant startsAt, Instant endsAt) {
		List<Booking> inTheWay = this.readTx
			.execute((s) -> this.bookings.findOverlapping(positionId, startsAt, endsAt));
		if (inTheWay == null || inTheWay.isEmpty()) {
			return new RuleViolationException("startsAt", "booking.conflict.unknown");
		}
		Booking other = inTheWay.get(0);
		ZoneId zone = this.clock.getZone();
		String when = LocalDateTime.ofInstant(other.getStartsAt(), zone).format(DAY) + " "
				+ LocalDateTime.ofInstant(other.getStartsAt(), zone).format(HM) + "–"
				+ LocalDateTime.ofInstant(other.getEndsAt(), zone).format(HM);
		return new RuleViolationException("startsAt", "booking.conflict", when, other.getPurpose(),
				other.getBookedByName());
	}

	static boolean isOverlap(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
				return true;
			}
		}
		Throwable root = NestedExceptionUtils.getMostSpecificCause(ex);
		return root.getMessage() != null && root.getMessage().contains("booking_no_overlap");
	}

	private void apply(Position p, PositionForm form) {
		PositionCategory category = Objects.requireNonNull(form.category());
		Long ownerOrg = null;
		Long ownerUnit = null;
		Long agreement = null;
		if (category.kind() == PositionKind.POSITION) {
			if (form.ownerOrganisationId() == null) {
				throw new RuleViolationException("ownerOrganisationId", "position.owner.required");
			}
			if (this.structure.name(form.ownerOrganisationId()).isEmpty()) {
				throw new RuleViolationException("ownerOrganisationId", "position.owner.unknown");
			}
			ownerOrg = form.ownerOrganisationId();
			if (form.agreementId() != null) {
				// only a base is offered under an agreement; refused rather than dropped
				throw new RuleViolationException("agreementId", "position.agreement.baseOnly");
			}
		}
		else {
			if (form.ownerUnitId() == null) {
				throw new RuleViolationException("ownerUnitId", "position.ownerUnit.required");
			}
			if (this.units.name(form.ownerUnitId()).isEmpty()) {
				throw new RuleViolationException("ownerUnitId", "position.owner.unknown");
			}
			ownerUnit = form.ownerUnitId();
			agreement = form.agreementId();
		}
		List<PositionHours> hours = new ArrayList<>();
		for (int d = 1; d <= 7; d++) {
			String o = form.opensOn(d);
			String c = form.closesOn(d);
			if (o.isEmpty() && c.isEmpty()) {
				continue;
			}
			String field = "opens";
			try {
				LocalTime opens = LocalTime.parse(o);
				LocalTime closes = LocalTime.parse(c);
				if (!closes.isAfter(opens)) {
					throw new RuleViolationException(field, "position.hours.order");
				}
				hours.add(new PositionHours(d, opens, closes));
			}
			catch (DateTimeParseException ex) {
				throw new RuleViolationException(field, "position.hours.invalid");
			}
		}
		p.apply(category, Objects.requireNonNull(form.name()).trim(), blankToNull(form.address()),
				form.capacity() == null ? 0 : form.capacity(), blankToNull(form.contact()), ownerOrg, ownerUnit,
				agreement, hours);
	}

	private Position load(Long id) {
		return this.positions.findWithHours(id).orElseThrow(() -> new NotFoundException("position " + id));
	}

	private PositionViews.Detail toDetail(Position p) {
		String owner = null;
		if (p.getOwnerOrganisationId() != null) {
			owner = this.structure.name(p.getOwnerOrganisationId()).orElse(null);
		}
		else if (p.getOwnerUnitId() != null) {
			owner = this.units.name(p.getOwnerUnitId()).orElse(null);
		}
		List<PositionViews.Hours> hours = p.getHours()
			.stream()
			.map((h) -> new PositionViews.Hours(h.getWeekday(), h.getOpens(), h.getCloses()))
			.sorted((a, b) -> Integer.compare(a.weekday(), b.weekday()))
			.toList();
		return new PositionViews.Detail(p.getId(), p.getVersion(), p.getKind(), p.getCategory(), p.getName(),
				p.getAddress(), p.getCapacity(), p.getContact(), p.getOwnerOrganisationId(), p.getOwnerUnitId(), owner,
				p.getAgreementId(),
				p.getAgreementId() != null && !this.agreements.openable(Set.of(p.getAgreementId())).isEmpty(), hours);
	}

	private PositionViews.Booking toView(Booking b, @Nullable PortalUser user, boolean staff) {
		ZoneId zone = this.clock.getZone();
		LocalDateTime s = LocalDateTime.ofInstant(b.getStartsAt(), zone);
		LocalDateTime e = LocalDateTime.ofInstant(b.getEndsAt(), zone);
		boolean mine = user != null && user.getId().equals(b.getBookedBy());
		return new PositionViews.Booking(b.getId(), b.getPositionId(), s.toLocalDate(), s.toLocalTime(),
				e.toLocalTime(), b.getPurpose(), b.getActivityId(), b.getBookedByName(), staff || mine);
	}

	private static @Nullable String ownerName(Position p, Map<Long, String> orgNames, Map<Long, String> unitNames) {
		if (p.getOwnerOrganisationId() != null) {
			return orgNames.get(p.getOwnerOrganisationId());
		}
		return p.getOwnerUnitId() == null ? null : unitNames.get(p.getOwnerUnitId());
	}

	private static @Nullable String blankToNull(@Nullable String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

}
