/**
 * The "1+1+4" structure: organisations in a tree, the core, the circle and the four
 * networks as data with roles, co-governance committees and effective-dated memberships.
 */
@ApplicationModule(allowedDependencies = { "shared" })
@NullMarked
package org.lianjian.structure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
