package org.lianjian.matching;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.lianjian.structure.StructureService;
import org.lianjian.unit.UnitDirectory;

import org.springframework.stereotype.Component;

/**
 * Names of the organisations and units the matching records point at, through the owning
 * modules' public services.
 */
@Component
class MatchingNames {

	private final StructureService structure;

	private final UnitDirectory units;

	MatchingNames(StructureService structure, UnitDirectory units) {
		this.structure = structure;
		this.units = units;
	}

	@Nullable String organisation(@Nullable Long id) {
		return (id == null) ? null : this.structure.name(id).orElse("#" + id);
	}

	@Nullable String unit(@Nullable Long id) {
		if (id == null) {
			return null;
		}
		Map<Long, String> names = this.units.names(List.of(id));
		return names.getOrDefault(id, "#" + id);
	}

	/** Active units, for a provider's select. */
	List<UnitDirectory.Entry> activeUnits() {
		return this.units.activeUnits();
	}

}
