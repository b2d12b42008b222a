EXPLAIN PLAN FOR
SELECT o.order_id, s.ship_id FROM orders o JOIN shipments s ON o.order_id = s.order_id AND s.ship_time BETWEEN o.order_time + INTERVAL '1' HOUR AND o.order_time;
