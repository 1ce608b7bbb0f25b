package org.lianjian.structure;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The "1+1+4" picture: the core, the circle and the four networks, each with the number
 * of active organisations under it.
 *
 * @param core the working committee
 * @param circle the business-circle centre
 * @param networks the four networks, in their fixed order
 * @param committees co-governance committees with their current member counts
 */
public record StructureOverview(@Nullable Node core, @Nullable Node circle, List<Node> networks,
		List<Node> committees) {

	/**
	 * One place in the picture.
	 *
	 * @param id organisation id, or null when no organisation holds the role yet
	 * @param role the role
	 * @param name the organisation's name
	 * @param count active organisations below it (or members, for committees)
	 */
	public record Node(@Nullable Long id, @Nullable StructureRole role, String name, long count) {

	}

}
