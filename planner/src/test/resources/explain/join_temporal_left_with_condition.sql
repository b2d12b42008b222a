EXPLAIN PLAN FOR
SELECT o.order_id, r.rate, r.update_time FROM orders o LEFT JOIN currency_rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency AND r.rate > o.amount;
