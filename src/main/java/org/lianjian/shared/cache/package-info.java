/**
 * The portal's data caches: Spring Cache on Caffeine, every cache named and sized in
 * {@code application.properties} ({@code portal.caches.*}).
 */
@NullMarked
package org.lianjian.shared.cache;

import org.jspecify.annotations.NullMarked;
