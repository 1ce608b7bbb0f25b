-- The roster of the community party-building coordination committee (the organisation
-- holding the NETWORK_COORDINATION role), published by the structure module for the
-- modules that read it in SQL (the unit list, the unit ledger, the annual report) instead
-- of joining its tables. A row is a membership of an organisation, usually a resident
-- unit's party organisation; it is current on day D when
-- valid_from <= D and (valid_to is null or valid_to >= D): valid_to is the last day of
-- the membership (structure.MembershipOnDay).
create view coordination_membership as
select m.id, m.organisation_id, m.role, m.valid_from, m.valid_to
from membership m
join organisation g on g.id = m.group_id
where g.structure_role = 'NETWORK_COORDINATION';
