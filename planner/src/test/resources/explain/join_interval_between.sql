EXPLAIN PLAN FOR
SELECT o.order_id, s.ship_id, o.order_time, s.ship_time FROM orders o JOIN shipments s ON o.order_id = s.order_id AND s.ship_time BETWEEN o.order_time AND o.order_time + INTERVAL '4' HOUR;
