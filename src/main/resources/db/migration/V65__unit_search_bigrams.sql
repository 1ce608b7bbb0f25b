-- The unit search (issue 7) reads every unit in scope: like '%…%' can use no index, and a
-- trigram index needs three characters where Chinese searches are often two. Each unit
-- now keeps the set of two-character pieces of its search text (the expression of V63's
-- search_text: a generated column cannot read another one), with a GIN index: a
-- search for "设计" first takes the units whose pieces include 设计, then checks the like.
create function unit_search_bigrams(t text) returns text[]
  language sql immutable parallel safe
  as $$ select coalesce(array_agg(distinct substr(t, i, 2)), '{}') from generate_series(1, length(t) - 1) as i $$;

alter table resident_unit
  add column search_bigrams text[] generated always as (unit_search_bigrams(
    lower(name::text || chr(1) || coalesce(short_name::text, '') || chr(1) || coalesce(credit_code::text, ''))
  )) stored;

create index resident_unit_search_bigrams_idx on resident_unit using gin (search_bigrams);
