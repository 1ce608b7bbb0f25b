package org.lianjian.agreement;

/**
 * What was delivered against a commitment changed: a record logged by hand, or an
 * automatic record of a held activity made, changed or removed. Published in the
 * transaction that changes it.
 *
 * @param agreementId the commitment's agreement
 * @param commitmentId the commitment
 */
public record FulfilmentChanged(Long agreementId, Long commitmentId) {

}
