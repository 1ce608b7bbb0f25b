package org.lianjian.structure;

import java.util.List;

/**
 * The six places of the "1+1+4" picture. Each is held by at most one organisation, so the
 * topology is data: renaming or replacing a network needs no code change.
 */
public enum StructureRole {

	CORE, CIRCLE, NETWORK_ADMINISTRATIVE, NETWORK_RESIDENTIAL, NETWORK_COMPREHENSIVE, NETWORK_COORDINATION;

	public static final List<StructureRole> NETWORKS = List.of(NETWORK_ADMINISTRATIVE, NETWORK_RESIDENTIAL,
			NETWORK_COMPREHENSIVE, NETWORK_COORDINATION);

	public String messageKey() {
		return "structure.role." + name();
	}

}
