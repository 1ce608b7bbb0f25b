-- The unit list's default order is (name, id) (issue 7): its first page is then read from
-- this index instead of sorting every unit in scope.
create index resident_unit_name_id_idx on resident_unit (name, id);
