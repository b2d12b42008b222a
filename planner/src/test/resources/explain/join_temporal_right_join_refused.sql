EXPLAIN PLAN FOR
SELECT o.order_id, r.rate FROM orders o RIGHT JOIN currency_rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency;
