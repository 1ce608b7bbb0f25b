-- The "先进" suggestion of a round needs a minimum weighted total as well as a top place in
-- its category. It is kept per round, so that a published round keeps the rule it was
-- judged by when a later round uses another one; 85 by default.
alter table evaluation_round add column advanced_min_score numeric(5, 2) not null default 85;
alter table evaluation_round add constraint evaluation_round_min_score
  check (advanced_min_score >= 0 and advanced_min_score <= 100);

-- Event codes are longer now (CLOSED_UNSCORED, UNPUBLISHED, THRESHOLD).
alter table evaluation_round_event alter column event type varchar(30);
