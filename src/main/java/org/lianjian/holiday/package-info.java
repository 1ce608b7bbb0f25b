/**
 * China's working-day calendar: the official public holidays (法定节假日) and their make-up
 * working days (调休) as published each year by the General Office of the State Council,
 * kept as data and edited by admins at {@code /admin/holidays}. Other modules use
 * {@link org.lianjian.holiday.WorkingDays}.
 */
@ApplicationModule(allowedDependencies = { "shared", "account" })
@NullMarked
package org.lianjian.holiday;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
