-- History notes of needs and orders as a message key with its arguments, rendered in the
-- reader's language; the text a user typed (a reason, a comment) stays in note, apart,
-- and is the message's last argument. Rows written before keep their text: the ones whose
-- pattern is known are converted here, any other is shown as it is (note_key null).
alter table need_change
  add column note_key  varchar(80),
  add column note_args text[] not null default '{}';
alter table service_order_change
  add column note_key  varchar(80),
  add column note_args text[] not null default '{}';

comment on column need_change.note is 'free text a user typed (a reason), or before V210 the whole note';
comment on column need_change.note_key is 'message key of the note (matching.history.*), null for a plain note';
comment on column need_change.note_args is 'the message''s arguments before the free text';
comment on column service_order_change.note is 'free text a user typed (a reason, a comment), or before V210 the whole note';
comment on column service_order_change.note_key is 'message key of the note (matching.history.*), null for a plain note';
comment on column service_order_change.note_args is 'the message''s arguments before the free text';

-- need: 点单 #n, 接单 #n, 交付 #n, 超出供给能力：reason, 撤销超出供给能力, a reason to close unmet
update need_change set note_key = 'matching.history.ordered', note_args = array[substring(note from '^点单 #([0-9]+)$')], note = null
 where note ~ '^点单 #[0-9]+$';
update need_change set note_key = 'matching.history.accepted', note_args = array[substring(note from '^接单 #([0-9]+)$')], note = null
 where note ~ '^接单 #[0-9]+$';
update need_change set note_key = 'matching.history.delivered', note_args = array[substring(note from '^交付 #([0-9]+)$')], note = null
 where note ~ '^交付 #[0-9]+$';
update need_change set note_key = 'matching.history.beyondCapacity', note = substring(note from 8)
 where note like '超出供给能力：%';
update need_change set note_key = 'matching.history.beyondCapacityWithdrawn', note = null
 where note = '撤销超出供给能力';
update need_change set note_key = 'matching.history.reason'
 where note_key is null and note is not null and to_status = 'CLOSED_UNMET' and from_status is distinct from 'CLOSED_UNMET';

-- order: the provider of a dispatch, the planned date of an acceptance, the activity that
-- delivers it, the hours delivered, the rating with its comment, a reason to decline or cancel
update service_order_change set note_key = 'matching.history.dispatchedTo', note_args = array[note], note = null
 where note is not null and to_status = 'DISPATCHED' and from_status is distinct from 'DISPATCHED';
update service_order_change set note_key = 'matching.history.planned', note_args = array[note], note = null
 where note ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' and to_status = 'ACCEPTED' and from_status is distinct from 'ACCEPTED';
update service_order_change
   set note_key = 'matching.history.activityLinked',
       note_args = array[substring(note from '^活动 #([0-9]+) '), substring(note from '^活动 #[0-9]+ (.*)$')], note = null
 where note ~ '^活动 #[0-9]+ ' and from_status = to_status;
update service_order_change set note_key = 'matching.history.hours', note_args = array[substring(note from '^([0-9.]+) 小时$')], note = null
 where note ~ '^[0-9.]+ 小时$' and to_status = 'DELIVERED';
update service_order_change set note_key = 'matching.history.ratedWithComment', note_args = array[substring(note from '^([1-5])★ ')],
       note = substring(note from '^[1-5]★ (.*)$')
 where note ~ '^[1-5]★ .' and to_status = 'RATED';
update service_order_change set note_key = 'matching.history.rated', note_args = array[substring(note from '^([1-5])★ ?$')], note = null
 where note ~ '^[1-5]★ ?$' and to_status = 'RATED';
update service_order_change set note_key = 'matching.history.reason'
 where note_key is null and note is not null and to_status in ('DECLINED', 'CANCELLED') and from_status is distinct from to_status;
