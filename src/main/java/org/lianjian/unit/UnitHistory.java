package org.lianjian.unit;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.ScopeService;

import org.springframework.stereotype.Component;

/**
 * Records who changed which field of a unit, from what to what. Every path that changes a
 * unit (staff edit, liaison edit, approved request, import) goes through here.
 */
@Component
class UnitHistory {

	private final UnitChangeRepository changes;

	private final ScopeService scopes;

	UnitHistory(UnitChangeRepository changes, ScopeService scopes) {
		this.changes = changes;
		this.scopes = scopes;
	}

	/**
	 * Records a change when the value differs.
	 * @return true when something was recorded
	 */
	boolean record(Long unitId, ChangeSource source, String field, @Nullable Object oldValue,
			@Nullable Object newValue) {
		String before = text(oldValue);
		String after = text(newValue);
		if (Objects.equals(before, after)) {
			return false;
		}
		this.changes.save(new UnitChange(unitId, currentUsername(), source, field, before, after));
		return true;
	}

	List<UnitChangeView> of(Long unitId) {
		return this.changes.findTop200ByUnitIdOrderByChangedAtDescIdDesc(unitId)
			.stream()
			.map((c) -> new UnitChangeView(c.getChangedAt(), c.getChangedBy(), c.getSource(), c.getField(),
					c.getOldValue(), c.getNewValue()))
			.toList();
	}

	@Nullable String currentUsername() {
		return this.scopes.currentUser().map((u) -> u.getUsername()).orElse("system");
	}

	static @Nullable String text(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		String s = (value instanceof Enum<?> e) ? e.name() : value.toString();
		return s.isBlank() ? null : s;
	}

}
