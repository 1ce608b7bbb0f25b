-- One source of truth for the community party-building coordination committee: its
-- members are the resident units' party organisations (GLOSSARY), recorded as dated
-- memberships in the structure module. The unit's own flag and joining date
-- (resident_unit.coordination_member, coordination_member_since) go; the unit form now
-- writes the membership, and the unit page, the unit list, the ledger and the annual
-- report read it. Until now the two could disagree: ticking the flag on the unit form did
-- not add the unit to the committee's roster.
--
-- Existing data is merged so that nothing either side recorded is lost:
--  1. a flagged unit without a party organisation gets its party organisation node (as
--     the unit form creates one), since only an organisation can hold a membership;
--  2. a flagged unit whose party organisation is not on the roster is added to it, from
--     its joining date (or its effective start date when none was recorded);
--  3. a party organisation on the roster stays there, flagged or not (a roster entry
--     carries its own dates, and may have been added on the structure pages);
--  4. the membership of a unit that moved out or closed ends on the day before it left,
--     the day from which the unit no longer counts (V70).

-- 1. party organisation nodes for flagged units without one, under the unit's network
-- (or the coordination committee), as UnitService.ensurePartyOrganisation places them
alter table organisation add column migrated_unit_id bigint;
insert into organisation (type, name, parent_id, member_count, status, migrated_unit_id)
select 'UNIT_PARTY_ORG', left(u.name, 196) || '党组织',
       coalesce(u.network_id, (select g.id from organisation g where g.structure_role = 'NETWORK_COORDINATION')),
       u.party_member_count, 'ACTIVE', u.id
from resident_unit u
where u.coordination_member and u.party_org_id is null
  and exists (select 1 from organisation g where g.structure_role = 'NETWORK_COORDINATION');
update resident_unit u set party_org_id = o.id
from organisation o where o.migrated_unit_id = u.id;
alter table organisation drop column migrated_unit_id;

-- 2. flagged units not on the roster (no membership current today or later)
insert into membership (organisation_id, group_id, role, valid_from, valid_to)
select u.party_org_id, g.id, 'MEMBER',
       coalesce(u.coordination_member_since, u.effective_from),
       case when u.status <> 'ACTIVE' and u.status_date is not null
            then greatest(coalesce(u.coordination_member_since, u.effective_from), u.status_date - 1) end
from resident_unit u
join organisation g on g.structure_role = 'NETWORK_COORDINATION'
where u.coordination_member and u.party_org_id is not null
  and not exists (select 1 from membership m
                  where m.organisation_id = u.party_org_id and m.group_id = g.id
                    and (m.valid_to is null or m.valid_to >= current_date));

-- 4. units that left: their open coordination membership ends the day before
update membership m set valid_to = greatest(m.valid_from, u.status_date - 1)
from resident_unit u, organisation g
where g.structure_role = 'NETWORK_COORDINATION' and m.group_id = g.id and m.organisation_id = u.party_org_id
  and u.status <> 'ACTIVE' and u.status_date is not null
  and (m.valid_to is null or m.valid_to >= u.status_date);

alter table resident_unit
  drop column coordination_member,
  drop column coordination_member_since;
