/**
 * Resident units (驻区单位) and their liaisons. The foundation holds only what account scope
 * needs; the unit registry builds on it.
 */
@ApplicationModule(allowedDependencies = { "shared", "structure", "account", "job" })
@NullMarked
package org.lianjian.unit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
