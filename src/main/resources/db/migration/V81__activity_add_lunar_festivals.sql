-- Three lunar festivals the calendar lacked (reference data): 元宵 (1/15), 端午 (5/5) and
-- 中秋 (8/15) of the lunar calendar, converted each year by the lunar library.
insert into festival_template (code, name, date_rule, month, day, activity_type, public_flag, sort_order) values
    ('lantern-festival',    '元宵节', 'LUNAR', 1, 15, 'CULTURE', true, 25),
    ('dragon-boat',         '端午节', 'LUNAR', 5, 5,  'CULTURE', true, 35),
    ('mid-autumn',          '中秋节', 'LUNAR', 8, 15, 'CARE',    true, 65)
on conflict (code) do nothing;
