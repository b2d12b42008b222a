EXPLAIN PLAN FOR
SELECT o.order_id, s.ship_id FROM orders o JOIN shipments FOR SYSTEM_TIME AS OF o.order_time AS s ON o.order_id = s.order_id;
