-- The resident units as other modules may read them in SQL: published by the unit module
-- as its read-only contract (docs/architecture.md, "Views"), so that the agreement and
-- activity lists, the hours ranking and the annual report join this view instead of the
-- resident_unit table. unit.UnitOnDay's "present on day D" reads effective_from, status
-- and status_date, so it applies to rows of this view as well. Its columns are checked by
-- SqlViewContractTests: renaming or dropping one is a change of the contract, made in a
-- new migration together with its readers. A plain projection of one table, which
-- PostgreSQL plans as the table itself.
create view unit_directory as
select u.id, u.name, u.short_name, u.credit_code, u.category, u.admin_rank, u.residential_area_id,
       u.party_org_id, u.party_org_kind, u.network_id, u.headcount, u.status, u.effective_from, u.status_date
from resident_unit u;

comment on view unit_directory is
  'unit module: resident units for other modules to read (read-only contract)';

-- read-only: nobody writes through the contract, not even its owner
revoke insert, update, delete, truncate on unit_directory from public;
revoke insert, update, delete, truncate on unit_directory from current_user;
