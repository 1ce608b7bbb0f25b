-- What a commitment counts, chosen from a list instead of read from the free-text unit.
-- Existing rows follow the rule the portal applied so far: a unit containing "时" counts
-- hours; no target is qualitative; everything else was counted as one per activity, so it
-- becomes a count of sessions, except a plain 元 (money) or 人 / 人次 (people), which no
-- rule read before and which nothing counted automatically.
alter table commitment add column measure varchar(20) not null default 'SESSIONS';

update commitment set measure = case
    when target_quantity is null then 'QUALITATIVE'
    when target_unit like '%时%' then 'HOURS'
    when btrim(target_unit) = '元' then 'MONEY'
    when btrim(target_unit) in ('人', '人次') then 'PEOPLE'
    else 'SESSIONS' end;

alter table commitment add constraint commitment_measure
  check (measure in ('HOURS', 'SESSIONS', 'PEOPLE', 'MONEY', 'QUALITATIVE'));

-- Fulfilment through activities follows the rules of direct logging from now on: an
-- activity counts only towards commitments of its partner units, and an hours commitment
-- only with the responsible unit's own hours. Automatic records made under the old rule
-- are brought in line, and each repair is written to the agreement's history.
with gone as (
  delete from fulfilment f
   where f.automatic and f.activity_id is not null
     and not exists (select 1 from commitment c
                       join activity_partner p on p.unit_id = c.responsible_unit_id and p.activity_id = f.activity_id
                      where c.id = f.commitment_id)
  returning f.id, f.agreement_id, f.description)
insert into agreement_change (agreement_id, changed_by, entity, entity_id, field, old_value, new_value)
select g.agreement_id, 'system', 'FULFILMENT', g.id, 'automatic', g.description, null from gone g;

with unit_hours as (
  select f.id, f.agreement_id, f.quantity as old_quantity, coalesce(h.hours, 0) as new_quantity
    from fulfilment f
    join commitment c on c.id = f.commitment_id and c.measure = 'HOURS'
    left join activity_unit_hours h on h.activity_id = f.activity_id and h.unit_id = c.responsible_unit_id
   where f.automatic and f.activity_id is not null and f.quantity <> coalesce(h.hours, 0)),
changed as (
  update fulfilment f set quantity = u.new_quantity from unit_hours u where f.id = u.id
  returning f.id)
insert into agreement_change (agreement_id, changed_by, entity, entity_id, field, old_value, new_value)
select u.agreement_id, 'system', 'FULFILMENT', u.id, 'quantity', trim_scale(u.old_quantity)::text,
       trim_scale(u.new_quantity)::text
  from unit_hours u;
