package org.lianjian.agreement;

/**
 * 草稿 → 已提交 → 生效中 → (到期 | 已终止).
 */
public enum AgreementStatus {

	DRAFT, SUBMITTED, ACTIVE, EXPIRED, TERMINATED;

	public String messageKey() {
		return "agreement.status." + name();
	}

}
