package org.lianjian.unit;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A unit moved out of the sub-district (its status became {@link UnitStatus#MOVED_OUT}),
 * by an edit, an approved change request or the ledger import. Published in the
 * transaction that changes it.
 *
 * @param unitId the unit
 * @param on the day it left, when given
 */
public record UnitMovedOut(Long unitId, @Nullable LocalDate on) {

}
