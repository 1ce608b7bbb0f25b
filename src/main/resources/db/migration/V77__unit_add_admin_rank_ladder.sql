-- Administrative ranks: the standard ladder from 正部级 to 副科级, then 股级 and 无级别.
-- The four tiers stored so far keep their constant and become the full grade of their
-- tier (MINISTERIAL 部级 → 正部级, BUREAU 厅局级 → 正局级, COUNTY 县处级 → 正处级,
-- TOWNSHIP 乡科级 → 正科级); the deputy grades and 股级 are new. Anything else that
-- slipped in is made 无级别, so the check below holds for every row.
update resident_unit set admin_rank = 'NONE'
 where admin_rank not in ('MINISTERIAL', 'VICE_MINISTERIAL', 'BUREAU', 'VICE_BUREAU', 'COUNTY', 'VICE_COUNTY',
                          'TOWNSHIP', 'VICE_TOWNSHIP', 'SECTION_STAFF', 'NONE');

alter table resident_unit add constraint resident_unit_admin_rank
  check (admin_rank in ('MINISTERIAL', 'VICE_MINISTERIAL', 'BUREAU', 'VICE_BUREAU', 'COUNTY', 'VICE_COUNTY',
                        'TOWNSHIP', 'VICE_TOWNSHIP', 'SECTION_STAFF', 'NONE'));
