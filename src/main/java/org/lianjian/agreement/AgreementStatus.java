package org.lianjian.agreement;

/**
 * 草稿 → 已提交 → 生效中 → (到期 | 已终止).
 */
public enum AgreementStatus {

	DRAFT, SUBMITTED, ACTIVE, EXPIRED, TERMINATED;

	public String messageKey() {
		return "agreement.status." + name();
	}

	/**
	 * The Bootstrap classes of this status's badge: one expression per badge in the
	 * templates instead of a chain of comparisons.
	 * @return the classes
	 */
	public String badgeClass() {
		return switch (this) {
			case ACTIVE -> "text-bg-success";
			case SUBMITTED -> "text-bg-info";
			case DRAFT -> "text-bg-light border";
			case TERMINATED -> "text-bg-dark";
			case EXPIRED -> "text-bg-secondary";
		};
	}

	/**
	 * Whether agreements in this status are judged red, amber or green (in force, or
	 * expired and judged on their last year).
	 * @return true for active and expired
	 */
	public boolean judged() {
		return this == ACTIVE || this == EXPIRED;
	}

}
