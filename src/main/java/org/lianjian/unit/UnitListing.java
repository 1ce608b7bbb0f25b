package org.lianjian.unit;

import java.util.List;

import org.lianjian.shared.web.PageView;

/**
 * What the unit list page shows: one page of units and the choices of its filters.
 *
 * @param page the rows
 * @param areas residential areas the user may filter by (those in their scope)
 * @param networks the four networks
 */
public record UnitListing(PageView<UnitSummary> page, List<UnitChoice> areas, List<UnitChoice> networks) {

}
