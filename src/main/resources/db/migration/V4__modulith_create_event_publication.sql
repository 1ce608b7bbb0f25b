-- Spring Modulith's event publication registry (JPA): cross-module events are stored
-- with the transaction that publishes them and marked complete when their listener ran.
create table event_publication (
  id                      uuid        not null primary key,
  listener_id             text        not null,
  event_type              text        not null,
  serialized_event        text        not null,
  publication_date        timestamp with time zone not null,
  completion_date         timestamp with time zone,
  status                  varchar(20),
  completion_attempts     integer     not null default 0,
  last_resubmission_date  timestamp with time zone
);
create index event_publication_incomplete_idx on event_publication (publication_date) where completion_date is null;
