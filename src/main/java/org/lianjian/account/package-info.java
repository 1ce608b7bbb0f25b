/**
 * Accounts, roles and data scope; login, lockout, forced password change, user
 * administration and the security audit log.
 */
@NullMarked
package org.lianjian.account;

import org.jspecify.annotations.NullMarked;
