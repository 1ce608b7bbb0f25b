package org.lianjian.unit;

/**
 * A liaison was appointed to a unit (also the new one of a handover). Published in the
 * transaction that appoints them.
 *
 * @param unitId the unit
 * @param liaisonId the appointment
 * @param accountId the liaison's account
 * @param primary whether it is the unit's primary liaison
 */
public record LiaisonAppointed(Long unitId, Long liaisonId, Long accountId, boolean primary) {

}
