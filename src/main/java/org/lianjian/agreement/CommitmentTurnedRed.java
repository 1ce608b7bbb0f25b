package org.lianjian.agreement;

import java.time.LocalDate;

/**
 * A commitment of an agreement in force turned red ({@link Rag#RED}) on a day: a change
 * of its fulfilment, the approval of its agreement, or the passing of time (found by the
 * nightly job) moved it there from amber or green. Published once per turn, by
 * {@link RedWatch}; a commitment that leaves the red and comes back is published again.
 *
 * @param agreementId its agreement
 * @param commitmentId the commitment
 * @param on the day it was found red
 */
public record CommitmentTurnedRed(Long agreementId, Long commitmentId, LocalDate on) {

}
