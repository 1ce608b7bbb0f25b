/**
 * The portal's one clock and one zone ({@code portal.zone}): inject
 * {@link java.time.Clock} and read dates through it, never through {@code now()}.
 */
@NullMarked
package org.lianjian.shared.time;

import org.jspecify.annotations.NullMarked;
