EXPLAIN PLAN FOR
SELECT o.order_id, s.ship_id FROM orders o LEFT JOIN shipments s ON o.order_id = s.order_id AND o.order_time >= s.ship_time - INTERVAL '1' HOUR AND o.order_time < s.ship_time AND s.ship_id > o.amount;
