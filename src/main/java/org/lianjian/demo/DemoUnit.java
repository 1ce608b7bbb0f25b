package org.lianjian.demo;

/**
 * A generated demo unit, as the other demo generators need it.
 *
 * @param id the unit's id
 * @param shortName its short name
 * @param kind what kind of place it is
 * @param areaName the residential area it lies in
 */
record DemoUnit(Long id, String shortName, DemoUnitKind kind, String areaName) {

}
