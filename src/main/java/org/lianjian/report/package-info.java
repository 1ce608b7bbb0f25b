/**
 * The annual regional party-building report (年度区域化党建报告) and the residential areas'
 * evaluation of resident units (居委会评议). Reads the matching module's figures of a year
 * through {@link org.lianjian.matching.MatchingYear}; matching never reads the report.
 */
@ApplicationModule(allowedDependencies = { "shared", "structure", "account", "job", "unit", "agreement", "matching" })
@NullMarked
package org.lianjian.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
