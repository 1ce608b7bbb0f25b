package org.lianjian.unit;

/**
 * An entry of a drop-down on the unit pages: a residential area or a network.
 */
public record UnitChoice(Long id, String name) {

}
