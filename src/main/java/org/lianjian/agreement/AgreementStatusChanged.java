package org.lianjian.agreement;

/**
 * An agreement moved from one status to another: submitted, approved (in force), sent
 * back, terminated, or expired by the nightly job. Published in the transaction that
 * changes it.
 *
 * @param agreementId the agreement
 * @param from its status before
 * @param to its status now
 */
public record AgreementStatusChanged(Long agreementId, AgreementStatus from, AgreementStatus to) {

}
