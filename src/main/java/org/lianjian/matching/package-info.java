/**
 * The three lists (三张清单) and the service menu: categories, needs (需求清单), resources (资源清单)
 * published on the menu, and orders (点单 → 派单 → 接单 → 交付 → 评单) with their history and stage
 * deadlines, matching suggestions, the deficit and ageing needs. Depends on the modules
 * it matches; the dashboard ({@link org.lianjian.matching.AgedNeeds}) and the annual
 * report ({@link org.lianjian.matching.MatchingYear}) read it.
 */
@ApplicationModule(allowedDependencies = { "shared", "structure", "account", "unit", "agreement", "project", "activity",
		"holiday" })
@NullMarked
package org.lianjian.matching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
