/**
 * Accounts, roles and data scope; login, lockout, forced password change, user
 * administration and the security audit log.
 */
@ApplicationModule(allowedDependencies = { "shared", "structure" })
@NullMarked
package org.lianjian.account;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
