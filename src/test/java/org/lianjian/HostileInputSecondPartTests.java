package org.lianjian;

/**
 * The second part of {@link HostileInputTests}' form routes: every other route, so that
 * the build's two test JVMs can fuzz the two parts at the same time.
 */
class HostileInputSecondPartTests extends HostileInputTests {

	@Override
	int part() {
		return 1;
	}

}
