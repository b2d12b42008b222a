EXPLAIN PLAN FOR
SELECT o.order_id, o.amount * r.rate AS converted FROM orders o JOIN currency_rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency;
