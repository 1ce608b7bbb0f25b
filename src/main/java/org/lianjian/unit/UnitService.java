package org.lianjian.unit;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.lianjian.account.DataScope;
import org.lianjian.account.ScopeService;
import org.lianjian.shared.security.UnitDirectory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public API of the unit module.
 */
@Service
public class UnitService implements UnitDirectory {

	private final ResidentUnitRepository units;

	private final ScopeService scopes;

	UnitService(ResidentUnitRepository units, ScopeService scopes) {
		this.units = units;
		this.scopes = scopes;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Entry> activeUnits() {
		return this.units.findActiveNames().stream().map((r) -> new Entry((Long) r[0], (String) r[1])).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, String> names(Collection<Long> ids) {
		Map<Long, String> result = new HashMap<>();
		if (!ids.isEmpty()) {
			this.units.findNames(ids).forEach((r) -> result.put((Long) r[0], (String) r[1]));
		}
		return result;
	}

	@Transactional(readOnly = true)
	public Optional<String> name(Long id) {
		return Optional.ofNullable(names(List.of(id)).get(id));
	}

	/**
	 * Active units the current user can see.
	 * @return the count
	 */
	@Transactional(readOnly = true)
	public long countActiveInScope() {
		DataScope scope = this.scopes.current();
		return this.units.countActiveInScope(scope.isAll(), scope.organisationIdsForQuery(), scope.unitIdForQuery());
	}

	/**
	 * Registers a unit with its name and residential area. The unit registry adds the
	 * full form; this is what provisioning (demo data) needs now.
	 * @param name the unit's name
	 * @param shortName its short name
	 * @param residentialAreaId the residential area it lies in
	 * @return the new id
	 */
	@Transactional
	public Long register(String name, @Nullable String shortName, @Nullable Long residentialAreaId) {
		ResidentUnit u = new ResidentUnit();
		u.setName(name);
		u.setShortName(shortName);
		u.setResidentialAreaId(residentialAreaId);
		this.units.save(u);
		return Objects.requireNonNull(u.getId());
	}

}
