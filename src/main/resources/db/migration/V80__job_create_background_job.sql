-- Durable background jobs (module job): one row per job, whatever its kind. An upload
-- waiting for its preview to be confirmed is a WAITING job holding the file; a running
-- job reports its progress here; a finished one keeps its result or its error. Rows are
-- removed a day after their last change. A job found RUNNING with nobody holding its
-- advisory lock (the JVM that ran it has gone) is marked FAILED with error_code
-- 'job.failed.interrupted'.
create table background_job (
  id                uuid         primary key,
  version           bigint       not null default 0,
  kind              varchar(40)  not null,
  owner_account_id  bigint       references user_account (id) on delete cascade,
  owner_username    varchar(60)  not null,
  label             varchar(200) not null default '',
  state             varchar(20)  not null,
  progress_done     integer      not null default 0,
  progress_total    integer      not null default 0,
  input             bytea,
  result            bytea,
  error_code        varchar(120),
  created_at        timestamp with time zone not null,
  updated_at        timestamp with time zone not null,
  started_at        timestamp with time zone,
  finished_at       timestamp with time zone,
  constraint background_job_state check (state in ('WAITING', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  constraint background_job_progress check (progress_done >= 0 and progress_total >= 0)
);
create index background_job_owner_idx on background_job (owner_account_id, kind, created_at);
create index background_job_updated_idx on background_job (updated_at);
create index background_job_running_idx on background_job (state) where state = 'RUNNING';
