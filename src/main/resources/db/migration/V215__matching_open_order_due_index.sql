-- The open orders by the due date of their open stage (OrderQueries.DUE, written without
-- the table alias): the late orders on the staff home page and the order list's "late"
-- filter read a few hundred open orders through it instead of scanning every order.
create index service_order_open_due on service_order (
  (case when status in ('ORDERED', 'DECLINED') then dispatch_due
        when status = 'DISPATCHED' then reply_due
        when status = 'ACCEPTED' then delivery_due end))
  where status in ('ORDERED', 'DECLINED', 'DISPATCHED', 'ACCEPTED');
