/**
 * Joint-building agreements (共建协议): lifecycle, commitments, fulfilment, the
 * red/amber/green rule, pairings (结对), attachments and change history.
 */
@ApplicationModule(allowedDependencies = { "shared", "structure", "account", "unit" })
@NullMarked
package org.lianjian.agreement;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
