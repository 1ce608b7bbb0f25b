package org.lianjian.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.AuditEventType;
import org.lianjian.account.SecurityAuditService;
import org.lianjian.shared.jpa.StaleEditException;
import org.lianjian.shared.web.DateRange;
import org.lianjian.shared.web.NotFoundException;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The admins' upkeep of the official schedule: days added, changed and removed one by
 * one, or a notice's holiday entered in one go. Every change is written to the security
 * audit log and announced by {@link HolidayCalendarChanged}, which empties the calendar's
 * cache once the transaction has ended.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
class HolidayAdminService {

	/** The longest holiday a notice has given so far is 9 days (春节 2026). */
	static final int MAX_HOLIDAY_DAYS = 15;

	static final int MAX_MAKEUP_DAYS = 5;

	private static final Pattern SEPARATORS = Pattern.compile("[,，、;；\\s]+");

	private final HolidayDayRepository days;

	private final SecurityAuditService audit;

	private final ApplicationEventPublisher events;

	HolidayAdminService(HolidayDayRepository days, SecurityAuditService audit, ApplicationEventPublisher events) {
		this.days = days;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<HolidayDayView> days(int year) {
		return this.days.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
			.stream()
			.map(HolidayDayView::of)
			.toList();
	}

	@Transactional(readOnly = true)
	List<Integer> years() {
		return this.days.years();
	}

	@Transactional(readOnly = true)
	HolidayDayForm form(long id) {
		return HolidayDayForm.of(find(id));
	}

	/** The year of a day; 404 when there is no such day. */
	@Transactional(readOnly = true)
	int yearOf(long id) {
		return find(id).getDay().getYear();
	}

	/**
	 * Adds a day.
	 * @return its year
	 */
	@Transactional
	int create(HolidayDayForm form) {
		LocalDate day = Objects.requireNonNull(form.day());
		HolidayKind kind = Objects.requireNonNull(form.kind());
		checkDay("day", day, kind, null);
		HolidayDay saved = save(new HolidayDay(day, kind, text(form.name()), text(form.notice())), "day", day);
		changed("added " + saved + " (" + saved.getNotice() + ")", day.getYear());
		return day.getYear();
	}

	/**
	 * Changes a day.
	 * @return its year after the change
	 */
	@Transactional
	int update(long id, HolidayDayForm form) {
		HolidayDay entity = find(id);
		long expected = form.version() == null ? -1 : form.version();
		entity.checkVersion(expected);
		LocalDate day = Objects.requireNonNull(form.day());
		HolidayKind kind = Objects.requireNonNull(form.kind());
		checkDay("day", day, kind, id);
		String before = entity.toString();
		int oldYear = entity.getDay().getYear();
		entity.change(day, kind, text(form.name()), text(form.notice()));
		try {
			save(entity, "day", day);
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleEditException(expected, ex);
		}
		changed("changed " + before + " -> " + entity, oldYear, day.getYear());
		return day.getYear();
	}

	/**
	 * Removes a day, if nobody changed it since the list was shown.
	 * @return its year
	 */
	@Transactional
	int delete(long id, long version) {
		HolidayDay entity = find(id);
		entity.checkVersion(version);
		this.days.delete(entity);
		try {
			this.days.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleEditException(version, ex);
		}
		changed("removed " + entity, entity.getDay().getYear());
		return entity.getDay().getYear();
	}

	/**
	 * Enters one holiday of a notice: a day off for every day from the first to the last,
	 * and the make-up working days.
	 * @return the year of the first day off
	 */
	@Transactional
	int enterNotice(HolidayNoticeForm form) {
		LocalDate first = Objects.requireNonNull(form.firstDay());
		LocalDate last = Objects.requireNonNull(form.lastDay());
		if (last.isBefore(first)) {
			throw new RuleViolationException("lastDay", "holiday.notice.lastBeforeFirst");
		}
		if (ChronoUnit.DAYS.between(first, last) >= MAX_HOLIDAY_DAYS) {
			throw new RuleViolationException("lastDay", "holiday.notice.tooLong", MAX_HOLIDAY_DAYS);
		}
		Set<LocalDate> makeups = makeupDays(form.makeupDays(), first, last);
		String name = text(form.name());
		String notice = text(form.notice());
		List<HolidayDay> added = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			checkDay("firstDay", day, HolidayKind.HOLIDAY, null);
			added.add(new HolidayDay(day, HolidayKind.HOLIDAY, name, notice));
		}
		for (LocalDate day : makeups) {
			checkDay("makeupDays", day, HolidayKind.MAKEUP_WORKDAY, null);
			added.add(new HolidayDay(day, HolidayKind.MAKEUP_WORKDAY, name, notice));
		}
		try {
			this.days.saveAllAndFlush(added);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolationException("firstDay", "holiday.notice.taken");
		}
		Set<Integer> years = new LinkedHashSet<>();
		added.forEach((d) -> years.add(d.getDay().getYear()));
		changed("entered " + name + " " + first + ".." + last + " make-up " + makeups + " (" + notice + ")",
				years.stream().mapToInt(Integer::intValue).toArray());
		return first.getYear();
	}

	private static Set<LocalDate> makeupDays(@Nullable String typed, LocalDate first, LocalDate last) {
		Set<LocalDate> found = new java.util.TreeSet<>();
		String text = typed == null ? "" : typed.strip();
		if (text.isEmpty()) {
			return found;
		}
		for (String token : SEPARATORS.split(text)) {
			LocalDate day;
			try {
				day = LocalDate.parse(token);
			}
			catch (DateTimeParseException ex) {
				throw new RuleViolationException("makeupDays", "holiday.notice.makeup.invalid", token);
			}
			if (day.getYear() < DateRange.MIN_YEAR || day.getYear() > DateRange.MAX_YEAR) {
				throw new RuleViolationException("makeupDays", DateRange.CODE, DateRange.MIN_YEAR, DateRange.MAX_YEAR);
			}
			if (!day.isBefore(first) && !day.isAfter(last)) {
				throw new RuleViolationException("makeupDays", "holiday.notice.makeup.inside", token);
			}
			found.add(day);
		}
		if (found.size() > MAX_MAKEUP_DAYS) {
			throw new RuleViolationException("makeupDays", "holiday.notice.makeup.tooMany", MAX_MAKEUP_DAYS);
		}
		return found;
	}

	private void checkDay(String field, LocalDate day, HolidayKind kind, @Nullable Long id) {
		if (kind == HolidayKind.MAKEUP_WORKDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY
				&& day.getDayOfWeek() != DayOfWeek.SUNDAY) {
			throw new RuleViolationException(field.equals("day") ? "kind" : field, "holiday.makeup.notWeekend",
					day.toString());
		}
		boolean taken = (id == null) ? this.days.existsByDay(day) : this.days.existsByDayAndIdNot(day, id);
		if (taken) {
			throw new RuleViolationException(field, "holiday.day.taken", day.toString());
		}
	}

	private HolidayDay save(HolidayDay day, String field, LocalDate date) {
		try {
			return this.days.saveAndFlush(day);
		}
		catch (DataIntegrityViolationException ex) {
			throw new RuleViolationException(field, "holiday.day.taken", date.toString());
		}
	}

	private HolidayDay find(long id) {
		return this.days.findById(id).orElseThrow(() -> new NotFoundException("holiday day " + id));
	}

	private void changed(String detail, int... years) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		this.audit.record(AuditEventType.HOLIDAY_CHANGED, null, auth == null ? null : auth.getName(), detail);
		java.util.Arrays.stream(years)
			.distinct()
			.forEach((y) -> this.events.publishEvent(new HolidayCalendarChanged(y)));
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

}
