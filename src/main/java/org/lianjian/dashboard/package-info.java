/**
 * The home page after login: counts and reminders for the user's role. Reads other
 * modules through their public services; nothing depends on it.
 */
@ApplicationModule(allowedDependencies = { "shared", "structure", "account", "unit", "agreement", "activity", "report",
		"matching" })
@NullMarked
package org.lianjian.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
