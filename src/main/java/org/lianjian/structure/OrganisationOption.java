package org.lianjian.structure;

/**
 * An entry of an organisation drop-down.
 */
public record OrganisationOption(Long id, String name, OrganisationType type) {

}
