package org.lianjian.unit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.lianjian.account.ScopeUnits;

import org.springframework.stereotype.Component;

/**
 * The units as the account module asks for them ({@link ScopeUnits}): the dependency
 * points from unit to account, never back.
 */
@Component
class AccountScopeUnits implements ScopeUnits {

	private final UnitService units;

	AccountScopeUnits(UnitService units) {
		this.units = units;
	}

	@Override
	public List<Option> activeUnits() {
		return this.units.activeUnits().stream().map((e) -> new Option(e.id(), e.name())).toList();
	}

	@Override
	public Map<Long, String> names(Collection<Long> ids) {
		return this.units.names(ids);
	}

}
