-- The calendar month (activity.CalendarQueries): a month's activities with the columns the
-- calendar shows and the visibility test needs, read in start order from the index alone.
-- Without it the ~490 activities of a month at dataset L sit on ~400 heap pages (bitmap heap
-- scan, 1.5 ms warm); with it about 15 index pages (0.6 ms). About 5 MB at 50,000 activities.
create index activity_calendar_idx on activity (start_at)
  include (id, type, status, public_flag, organiser_org_id, end_at, title);
