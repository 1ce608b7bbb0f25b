package org.lianjian.dashboard;

import org.jspecify.annotations.Nullable;

/**
 * The build shown on the about page.
 *
 * @param version the project version from {@code META-INF/build-info.properties}, or null
 * when the build wrote none (running from an IDE)
 * @param builtAt when the jar was built, or null
 */
record AboutView(@Nullable String version, @Nullable String builtAt) {

}
