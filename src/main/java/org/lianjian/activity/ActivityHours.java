package org.lianjian.activity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.lianjian.unit.UnitDirectory;
import org.lianjian.shared.web.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * The volunteers and hours of a held activity, per partner unit and per named volunteer.
 * <ul>
 * <li>A user limited to one unit (a liaison) changes only that unit's row and that unit's
 * named volunteers. A row of another unit sent with other figures than those recorded is
 * refused with a message naming the unit; sent unchanged, or not sent, it stays as it
 * is.</li>
 * <li>Hours are bounded: a unit's hours at most its volunteers times the activity's
 * length in whole hours (at least one), a named volunteer's at most that length.</li>
 * </ul>
 * Every change is written to the activity's history.
 */
@Component
class ActivityHours {

	private final ActivityHistory history;

	private final UnitDirectory units;

	ActivityHours(ActivityHistory history, UnitDirectory units) {
		this.history = history;
		this.units = units;
	}

	/** The activity's length in whole hours, rounded up, at least one. */
	static BigDecimal hoursPerVolunteer(Activity a) {
		long minutes = Duration.between(a.getStartAt(), a.getEndAt()).toMinutes();
		return BigDecimal.valueOf(Math.max(1, (minutes + 59) / 60));
	}

	/**
	 * Replaces the unit rows the user may change.
	 * @param a the activity
	 * @param rows the rows sent
	 * @param own the only unit the user may change, or null for every partner unit
	 */
	void applyUnitRows(Activity a, List<HeldForm.UnitRow> rows, @Nullable Long own) {
		Map<Long, UnitHours> before = new LinkedHashMap<>();
		a.getUnitHours().forEach((h) -> before.put(h.getUnitId(), h));
		Map<Long, UnitHours> after = new LinkedHashMap<>();
		if (own != null) {
			before.forEach((unit, h) -> {
				if (!unit.equals(own)) {
					after.put(unit, new UnitHours(unit, h.getVolunteers(), h.getHours()));
				}
			});
			UnitHours mine = before.get(own);
			if (mine != null) {
				after.put(own, new UnitHours(own, mine.getVolunteers(), mine.getHours()));
			}
		}
		Set<Long> seen = new HashSet<>();
		BigDecimal perVolunteer = hoursPerVolunteer(a);
		for (HeldForm.UnitRow row : rows) {
			Long unit = Objects.requireNonNull(row.unitId());
			if (!a.getPartnerUnitIds().contains(unit) || !seen.add(unit)) {
				throw new RuleViolationException("units", "activity.partners.invalid");
			}
			int volunteers = row.volunteers() == null ? 0 : row.volunteers();
			BigDecimal hours = row.hours() == null ? BigDecimal.ZERO : row.hours();
			if (own != null && !own.equals(unit)) {
				UnitHours recorded = before.get(unit);
				int v = recorded == null ? 0 : recorded.getVolunteers();
				BigDecimal h = recorded == null ? BigDecimal.ZERO : recorded.getHours();
				if (v != volunteers || h.compareTo(hours) != 0) {
					throw new RuleViolationException("units", "activity.hours.otherUnit", name(unit));
				}
				continue;
			}
			BigDecimal max = perVolunteer.multiply(BigDecimal.valueOf(volunteers));
			if (hours.compareTo(max) > 0) {
				throw new RuleViolationException("units", "activity.hours.tooMany", name(unit),
						max.stripTrailingZeros().toPlainString(), String.valueOf(volunteers),
						perVolunteer.toPlainString());
			}
			after.put(unit, new UnitHours(unit, volunteers, hours));
		}
		Long id = Objects.requireNonNull(a.getId());
		Set<Long> all = new java.util.LinkedHashSet<>(before.keySet());
		all.addAll(after.keySet());
		for (Long unit : all) {
			UnitHours b = before.get(unit);
			UnitHours n = after.get(unit);
			this.history.record(id, "hours", unit,
					b == null ? null : ActivityHistory.hours(b.getVolunteers(), b.getHours()),
					n == null ? null : ActivityHistory.hours(n.getVolunteers(), n.getHours()));
		}
		a.getUnitHours().clear();
		a.getUnitHours().addAll(after.values());
	}

	/**
	 * Replaces the named volunteers the user may change: every one, or (for a user
	 * limited to one unit) that unit's, a row sent without a unit being theirs.
	 * @param a the activity
	 * @param rows the named rows sent
	 * @param own the only unit the user may change, or null for every one
	 */
	void applyVolunteers(Activity a, List<HeldForm.VolunteerRow> rows, @Nullable Long own) {
		List<NamedVolunteer> kept = new ArrayList<>();
		if (own != null) {
			a.getVolunteers().stream().filter((v) -> !own.equals(v.getUnitId())).forEach(kept::add);
		}
		BigDecimal perVolunteer = hoursPerVolunteer(a);
		List<NamedVolunteer> sent = new ArrayList<>();
		for (HeldForm.VolunteerRow row : rows) {
			Long unit = own != null && row.unitId() == null ? own : row.unitId();
			if (unit != null && !a.getPartnerUnitIds().contains(unit)) {
				throw new RuleViolationException("volunteers", "activity.partners.invalid");
			}
			if (own != null && !own.equals(unit)) {
				throw new RuleViolationException("volunteers", "activity.hours.otherUnit", name(unit));
			}
			BigDecimal hours = row.hours() == null ? BigDecimal.ZERO : row.hours();
			if (hours.compareTo(perVolunteer) > 0) {
				throw new RuleViolationException("volunteers", "activity.hours.volunteerTooMany",
						Objects.requireNonNull(row.name()).trim(), perVolunteer.toPlainString());
			}
			sent.add(new NamedVolunteer(Objects.requireNonNull(row.name()).trim(), unit, hours));
		}
		String before = text(a.getVolunteers());
		List<NamedVolunteer> all = new ArrayList<>(kept);
		all.addAll(sent);
		this.history.record(Objects.requireNonNull(a.getId()), "volunteers", own, before, text(all));
		a.getVolunteers().clear();
		a.getVolunteers().addAll(all);
	}

	private static @Nullable String text(List<NamedVolunteer> list) {
		return list.isEmpty() ? null
				: list.stream()
					.map((v) -> v.getName() + " "
							+ v.getHours().setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString())
					.collect(Collectors.joining(", "));
	}

	private String name(@Nullable Long unit) {
		if (unit == null) {
			return "—";
		}
		return this.units.names(List.of(unit)).getOrDefault(unit, "#" + unit);
	}

}
