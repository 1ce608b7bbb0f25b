package org.lianjian.unit;

import java.util.List;

/**
 * The drop-downs of the unit form.
 *
 * @param areas active residential areas
 * @param networks the four networks
 */
public record UnitChoices(List<UnitChoice> areas, List<UnitChoice> networks) {

}
