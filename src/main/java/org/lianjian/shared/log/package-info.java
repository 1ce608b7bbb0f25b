/**
 * Writing user input to logs safely.
 */
@NullMarked
package org.lianjian.shared.log;

import org.jspecify.annotations.NullMarked;
