/**
 * Infrastructure shared by every feature module: persistence base class, web helpers, the
 * embedded PostgreSQL launcher and small service-provider interfaces.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN, allowedDependencies = {})
@NullMarked
package org.lianjian.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
