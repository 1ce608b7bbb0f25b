/**
 * The annual regional party-building report (年度区域化党建报告) and the residential areas'
 * evaluation of resident units (居委会评议).
 */
@ApplicationModule(allowedDependencies = { "shared", "structure", "account", "job", "unit", "agreement" })
@NullMarked
package org.lianjian.report;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
