-- Indexes for the red/amber/green rule judged in SQL (agreement.RagQueries, docs/performance.md).

-- What a commitment delivered in a year, read from the index alone: an agreement that
-- expired in an earlier year is judged on that year, one index probe per commitment.
create index fulfilment_commitment_day_qty_idx on fulfilment (commitment_id, happened_on) include (quantity);
