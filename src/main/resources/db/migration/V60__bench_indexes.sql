-- Indexes found with the load benchmark on dataset L (bench/load.sh, docs/performance.md).

-- Volunteer hours summed over the activities of a period (dashboard "hours this month",
-- ranking): with the hours in the index the join is an index-only nested loop over the
-- period's activities instead of a sequential scan of every hours row (59 ms -> 1 ms at
-- 500,000 rows).
create index activity_unit_hours_activity_hours_idx on activity_unit_hours (activity_id) include (hours, volunteers);

-- The agreement list's order (newest term first): the first page is read from the index
-- instead of sorting all 10,000 agreements (10 ms -> 0.1 ms at dataset L).
create index agreement_term_start_idx on agreement (term_start desc, id desc);
