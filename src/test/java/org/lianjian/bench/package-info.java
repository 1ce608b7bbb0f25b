/**
 * The benchmark dataset: a deterministic generator that fills a PostgreSQL with a whole
 * sub-district at a named size (see docs/performance.md).
 */
@NullMarked
package org.lianjian.bench;

import org.jspecify.annotations.NullMarked;
