package org.lianjian.unit;

import org.jspecify.annotations.Nullable;

/**
 * A sortable column header of the unit list.
 *
 * @param href the list sorted by this column (toggling the direction), other parameters
 * kept
 * @param ariaSort ascending, descending, or null when the list is not sorted by it
 * @param icon the bootstrap-icons class showing the state
 */
public record UnitSortLink(String href, @Nullable String ariaSort, String icon) {

}
