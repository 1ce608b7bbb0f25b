/**
 * Activities, volunteer hours, the festival calendar, positions (阵地) and bases (基地) with
 * booking.
 */
@NullMarked
package org.lianjian.activity;

import org.jspecify.annotations.NullMarked;
