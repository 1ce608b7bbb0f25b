-- The organisations as other modules may read them in SQL: published by the structure
-- module as its read-only contract (docs/architecture.md, "Views"), so that the unit,
-- agreement and activity lists and the annual report join this view instead of the
-- organisation table. Its columns are checked by SqlViewContractTests: renaming or
-- dropping one is a change of the contract, made in a new migration together with its
-- readers. A plain projection of one table, which PostgreSQL plans as the table itself.
create view organisation_directory as
select o.id, o.type, o.structure_role, o.name, o.short_name, o.parent_id, o.status, o.retired_on, o.sort_order
from organisation o;

comment on view organisation_directory is
  'structure module: organisations for other modules to read (read-only contract)';

-- read-only: nobody writes through the contract, not even its owner
revoke insert, update, delete, truncate on organisation_directory from public;
revoke insert, update, delete, truncate on organisation_directory from current_user;
