EXPLAIN PLAN FOR
SELECT o.order_id, s.ship_id FROM orders o JOIN shipments s ON o.order_id = s.order_id AND s.ship_time >= o.order_time;
