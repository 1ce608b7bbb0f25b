package org.lianjian.unit;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lianjian.shared.web.RuleViolationException;
import org.lianjian.structure.CoordinationRoster;
import org.lianjian.structure.MembershipOnDay;

import org.springframework.stereotype.Component;

/**
 * A unit's membership of the coordination committee, kept in one place: the committee's
 * roster in the structure module (the membership of the unit's party organisation). The
 * unit form's tick box and joining date are read from the roster and written back to it;
 * the unit table keeps no copy.
 *
 * <p>
 * A unit is a member today when its party organisation's latest membership covers today.
 * Unticking the box ends that membership yesterday (the unit is not a member from today);
 * a unit that moves out or closes leaves the committee on the day before its status date,
 * the day from which it no longer counts ({@link UnitOnDay#present}).
 */
@Component
class UnitCoordination {

	private final CoordinationRoster roster;

	private final UnitHistory history;

	private final Clock clock;

	UnitCoordination(CoordinationRoster roster, UnitHistory history, Clock clock) {
		this.roster = roster;
		this.history = history;
		this.clock = clock;
	}

	/**
	 * A membership to write once the unit has its party organisation.
	 *
	 * @param from the first day, or null to end the membership on {@code lastDay}
	 * @param lastDay the last day, or null for an open membership
	 */
	record Change(@Nullable LocalDate from, @Nullable LocalDate lastDay) {

	}

	/**
	 * Reads the roster for several units in one statement (an import previews and writes
	 * many units).
	 * @param units the units
	 */
	void read(Collection<ResidentUnit> units) {
		List<Long> orgIds = units.stream()
			.filter((u) -> !u.isCoordinationRead())
			.map(ResidentUnit::getPartyOrgId)
			.filter(Objects::nonNull)
			.toList();
		Map<Long, CoordinationRoster.Period> latest = this.roster.latest(orgIds);
		for (ResidentUnit u : units) {
			if (!u.isCoordinationRead()) {
				u.setCoordination(u.getPartyOrgId() == null ? null : latest.get(u.getPartyOrgId()));
				u.setCoordinationRead(true);
			}
		}
	}

	/**
	 * The unit's latest membership, read on first use.
	 * @param u the unit
	 * @return the membership, or null when its party organisation was never on the roster
	 */
	CoordinationRoster.@Nullable Period latest(ResidentUnit u) {
		if (!u.isCoordinationRead()) {
			read(List.of(u));
		}
		return u.getCoordination();
	}

	/**
	 * Whether the unit is a member today, and since when.
	 * @param u the unit
	 * @return the first day of the membership covering today, or null
	 */
	@Nullable LocalDate memberSince(ResidentUnit u) {
		CoordinationRoster.Period p = latest(u);
		return (p != null && p.covers(today())) ? p.from() : null;
	}

	/**
	 * Takes the form's tick box and joining date (and the unit's status) as the wanted
	 * membership, records the changed fields in the unit's history, and keeps the change
	 * for {@link #write}.
	 * @param u the unit
	 * @param f the form
	 * @param source where the change comes from
	 * @param record whether to record history
	 * @return how many fields changed (0 to 2)
	 */
	int apply(ResidentUnit u, UnitForm f, ChangeSource source, boolean record) {
		LocalDate today = today();
		LocalDate wasSince = memberSince(u);
		LocalDate from = null;
		if (f.coordinationMember()) {
			from = (f.coordinationMemberSince() != null) ? f.coordinationMemberSince()
					: (wasSince != null) ? wasSince : today;
		}
		LocalDate lastDay = null;
		if (f.status() != null && f.status() != UnitStatus.ACTIVE && f.statusDate() != null) {
			lastDay = f.statusDate().minusDays(1);
		}
		else if (from == null) {
			lastDay = today.minusDays(1);
		}
		LocalDate nowSince = (from != null && MembershipOnDay.current(from, lastDay, today)) ? from : null;
		int changed = note(u, source, record, "coordinationMember", wasSince != null, nowSince != null)
				+ note(u, source, record, "coordinationMemberSince", wasSince, nowSince);
		boolean write = differs(latest(u), from, lastDay);
		u.setPendingCoordination(write ? new Change(from, lastDay) : null);
		return Math.max(changed, write ? 1 : 0);
	}

	private int note(ResidentUnit u, ChangeSource source, boolean record, String field, @Nullable Object was,
			@Nullable Object now) {
		if (Objects.equals(was, now)) {
			return 0;
		}
		if (record && u.getId() != null) {
			this.history.record(u.getId(), source, field, was, now);
		}
		return 1;
	}

	/** Whether the roster's latest membership is not the period the form asks for. */
	private static boolean differs(CoordinationRoster.@Nullable Period latest, @Nullable LocalDate from,
			@Nullable LocalDate lastDay) {
		if (from == null) {
			// not a member after lastDay: only a membership lasting longer changes
			return latest != null && lastDay != null && (latest.to() == null || latest.to().isAfter(lastDay));
		}
		return latest == null || !latest.from().equals(from) || !Objects.equals(latest.to(), lastDay);
	}

	/**
	 * Writes the change {@link #apply} kept, once the unit has its party organisation.
	 * @param u the unit
	 */
	void write(ResidentUnit u) {
		Change change = u.getPendingCoordination();
		if (change == null) {
			return;
		}
		u.setPendingCoordination(null);
		if (u.getPartyOrgId() == null) {
			if (change.from() != null) {
				throw new RuleViolationException("coordinationMember", "unit.coordinationMember.partyOrgNeeded");
			}
			return;
		}
		this.roster.set(u.getPartyOrgId(), change.from(), change.lastDay());
		u.setCoordinationRead(false);
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
