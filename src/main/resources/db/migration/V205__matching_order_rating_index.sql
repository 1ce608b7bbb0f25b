-- The providers' average rating (suggestions, the service menu) is read over every rated
-- order on each request: an index of just the rated orders' provider and rating lets
-- PostgreSQL read it from the index alone (docs/performance.md, "Matching at dataset L").
create index service_order_rating_idx on service_order (provider_unit_id, rating) where rating is not null;
