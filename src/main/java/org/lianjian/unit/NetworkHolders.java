package org.lianjian.unit;

import java.util.List;
import java.util.Optional;

import org.lianjian.structure.StructureRole;
import org.lianjian.structure.StructureService;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * The organisations holding the four network roles, in the order of
 * {@link StructureRole#NETWORKS}, read on every unit list and form. A role is given at
 * creation and its holder can be neither retired nor replaced, so the ids are cached
 * ({@value #CACHE}) once all four are found, and no event needs to empty the cache; until
 * then they are looked up on every call.
 */
@Component
class NetworkHolders {

	static final String CACHE = "network-ids";

	private final StructureService structure;

	NetworkHolders(StructureService structure) {
		this.structure = structure;
	}

	@Cacheable(cacheNames = CACHE, key = "'networks'",
			unless = "#result.size() < T(org.lianjian.structure.StructureRole).NETWORKS.size()")
	public List<Long> ids() {
		return StructureRole.NETWORKS.stream().map(this.structure::holderOf).flatMap(Optional::stream).toList();
	}

}
