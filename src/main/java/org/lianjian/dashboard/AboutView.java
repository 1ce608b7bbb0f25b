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

	/**
	 * The release number the reader is shown: the version without Maven's qualifier
	 * ("0.1.0" of "0.1.0-SNAPSHOT").
	 * @return the number, or null without a version
	 */
	public @Nullable String release() {
		if (this.version == null) {
			return null;
		}
		int dash = this.version.indexOf('-');
		return (dash < 0) ? this.version : this.version.substring(0, dash);
	}

	/**
	 * Whether this is a build between releases (a snapshot or another qualified version),
	 * shown as a test build rather than as a release.
	 * @return true for a qualified version
	 */
	public boolean preRelease() {
		return this.version != null && this.version.contains("-");
	}

}
