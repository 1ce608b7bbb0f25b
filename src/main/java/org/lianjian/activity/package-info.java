/**
 * Activities, volunteer hours, the festival calendar, positions (阵地) and bases (基地) with
 * booking.
 */
@ApplicationModule(allowedDependencies = { "shared", "structure", "account", "unit", "agreement", "project" })
@NullMarked
package org.lianjian.activity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
