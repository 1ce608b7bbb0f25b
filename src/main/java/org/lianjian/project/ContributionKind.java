package org.lianjian.project;

/**
 * What a partner unit contributes: in kind, money (元), volunteer hours, a venue or
 * expertise.
 */
public enum ContributionKind {

	IN_KIND, MONEY, VOLUNTEER_HOURS, VENUE, EXPERTISE;

	public String messageKey() {
		return "project.kind." + name();
	}

	/** The unit of the amount, as a message key (money in 元, hours). */
	public String unitKey() {
		return "project.kind.unit." + name();
	}

}
