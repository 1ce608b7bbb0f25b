package org.lianjian.activity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;
import org.lianjian.unit.UnitDirectory;

import org.springframework.stereotype.Component;

/**
 * Records every change to an activity, in domain terms: who, when, which field (for
 * volunteer hours, of which unit), the old and the new value as a reader would write them
 * (names, not ids). Values that did not change are not recorded. The activity page shows
 * the newest 300.
 */
@Component
class ActivityHistory {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final ActivityChangeRepository changes;

	private final ScopeService scopes;

	private final UnitDirectory units;

	private final Clock clock;

	ActivityHistory(ActivityChangeRepository changes, ScopeService scopes, UnitDirectory units, Clock clock) {
		this.changes = changes;
		this.scopes = scopes;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * Records one field's change, unless the two values read the same.
	 * @param activityId the activity
	 * @param field the field's code (a message key suffix)
	 * @param unitId the unit a per-unit field belongs to, or null
	 * @param oldValue the value before
	 * @param newValue the value after
	 */
	void record(Long activityId, String field, @Nullable Long unitId, @Nullable Object oldValue,
			@Nullable Object newValue) {
		String before = text(oldValue);
		String after = text(newValue);
		if (Objects.equals(before, after)) {
			return;
		}
		this.changes
			.save(new ActivityChange(activityId, this.clock.instant(), username(), field, unitId, before, after));
	}

	/**
	 * The volunteers and hours of one unit as the history writes them.
	 * @param volunteers the volunteers, or null when the unit had no row
	 * @param hours the hours, or null when the unit had no row
	 * @return for example {@code "4 / 10.5"}, or null without a row
	 */
	static @Nullable String hours(@Nullable Integer volunteers, @Nullable BigDecimal hours) {
		if (volunteers == null || hours == null) {
			return null;
		}
		return volunteers + " / " + hours.stripTrailingZeros().toPlainString();
	}

	/**
	 * The names of units, sorted, as one value.
	 * @param unitIds the units
	 * @return the names joined by commas, or null for none
	 */
	@Nullable String unitNames(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return null;
		}
		Map<Long, String> names = this.units.names(Set.copyOf(unitIds));
		List<String> list = new ArrayList<>();
		unitIds.forEach((id) -> list.add(names.getOrDefault(id, "#" + id)));
		return String.join(", ", list.stream().sorted().toList());
	}

	List<ActivityDetail.ChangeView> of(Long activityId) {
		List<ActivityChange> list = this.changes.findTop300ByActivityIdOrderByChangedAtDescIdDesc(activityId);
		Set<Long> unitIds = new java.util.HashSet<>();
		list.stream().map(ActivityChange::getUnitId).filter(Objects::nonNull).forEach(unitIds::add);
		Map<Long, String> names = unitIds.isEmpty() ? Map.of() : this.units.names(unitIds);
		return list.stream()
			.map((c) -> new ActivityDetail.ChangeView(c.getChangedAt(), c.getChangedBy(), c.getField(),
					c.getUnitId() == null ? null : names.getOrDefault(c.getUnitId(), "#" + c.getUnitId()),
					c.getOldValue(), c.getNewValue()))
			.toList();
	}

	private String username() {
		return this.scopes.currentUser().map((u) -> u.getUsername()).orElse("system");
	}

	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof BigDecimal d) {
			return d.stripTrailingZeros().toPlainString();
		}
		if (value instanceof LocalDateTime t) {
			return TIME.format(t);
		}
		String s = (value instanceof Enum<?> e) ? e.name() : value.toString();
		return s.isBlank() ? null : s;
	}

}
