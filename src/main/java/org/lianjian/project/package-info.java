/**
 * Service projects (服务项目): brands, projects with partner units and their contributions,
 * milestones, and links to the agreement commitments they fulfil.
 */
@ApplicationModule(allowedDependencies = { "shared", "structure", "account", "unit", "agreement" })
@NullMarked
package org.lianjian.project;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
