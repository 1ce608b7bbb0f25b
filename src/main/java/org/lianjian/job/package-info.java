/**
 * Durable background jobs: one PostgreSQL row per job (owner, kind, state, progress,
 * input, result, error), run on a small pool built from Boot's task-executor settings,
 * with the starting user's security context and locale. An upload waiting to be confirmed
 * waits here, not in the HTTP session. Other modules use
 * {@link org.lianjian.job.JobService}.
 */
@ApplicationModule(allowedDependencies = { "shared", "account" })
@NullMarked
package org.lianjian.job;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
