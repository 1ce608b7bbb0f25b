-- A resident unit's effective start date: the day it moved into the area or joined the
-- regional party building. A unit counts in a year's figures only from that day (and
-- until its status date, when it moved out or closed), so units registered today no
-- longer appear in the figures of earlier years.
alter table resident_unit add column effective_from date;

-- Existing units: the earliest day on which the records show the unit at work. The
-- registration day is the latest it can be; any earlier evidence moves it back:
-- a coordination membership, a liaison appointment, a membership of its party
-- organisation, a pairing, an agreement it is party to or responsible under (signed or
-- in force), an activity it took part in or logged hours or volunteers for, a service
-- project it contributed to, a position it owns, and an evaluation round it was scored
-- or recognised in (counted at the end of the round's year). A unit that moved out or
-- closed before any of these was present at least on the day before it left.
with evidence (unit_id, day) as (
  select u.id, (u.created_at at time zone 'Asia/Shanghai')::date from resident_unit u
  union all
  select u.id, u.coordination_member_since from resident_unit u where u.coordination_member_since is not null
  union all
  select u.id, u.status_date - 1 from resident_unit u where u.status <> 'ACTIVE' and u.status_date is not null
  union all
  select l.unit_id, l.start_date from liaison l
  union all
  select u.id, m.valid_from from resident_unit u join membership m on m.organisation_id = u.party_org_id
  union all
  select p.unit_id, p.start_date from pairing p where p.unit_id is not null
  union all
  select ap.unit_id, least(a.term_start, a.signed_on, (a.created_at at time zone 'Asia/Shanghai')::date)
  from agreement_party ap join agreement a on a.id = ap.agreement_id
  union all
  select c.responsible_unit_id, least(a.term_start, a.signed_on, (a.created_at at time zone 'Asia/Shanghai')::date)
  from commitment c join agreement a on a.id = c.agreement_id where c.responsible_unit_id is not null
  union all
  select ap.unit_id, a.start_at::date from activity_partner ap join activity a on a.id = ap.activity_id
  union all
  select h.unit_id, a.start_at::date from activity_unit_hours h join activity a on a.id = h.activity_id
  union all
  select v.unit_id, a.start_at::date from activity_volunteer v join activity a on a.id = v.activity_id
  where v.unit_id is not null
  union all
  select pp.unit_id, sp.start_date from project_partner pp join service_project sp on sp.id = pp.project_id
  union all
  select pos.owner_unit_id, (pos.created_at at time zone 'Asia/Shanghai')::date from position pos
  where pos.owner_unit_id is not null
  union all
  select s.unit_id, make_date(r.year, 12, 31) from evaluation_sheet s join evaluation_round r on r.id = s.round_id
  union all
  select x.unit_id, make_date(r.year, 12, 31) from evaluation_recognition x join evaluation_round r on r.id = x.round_id
)
update resident_unit u set effective_from = e.first_day
from (select unit_id, min(day) as first_day from evidence group by unit_id) e
where e.unit_id = u.id;

alter table resident_unit
  alter column effective_from set default current_date,
  alter column effective_from set not null;
create index resident_unit_effective_from_idx on resident_unit (effective_from);
