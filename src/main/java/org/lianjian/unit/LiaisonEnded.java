package org.lianjian.unit;

import org.jspecify.annotations.Nullable;

/**
 * A liaison's appointment ended (also the old one of a handover). Published in the
 * transaction that ends it.
 *
 * @param unitId the unit
 * @param liaisonId the appointment
 * @param accountId the liaison's account, if any
 * @param primary whether it was the unit's primary liaison
 */
public record LiaisonEnded(Long unitId, Long liaisonId, @Nullable Long accountId, boolean primary) {

}
