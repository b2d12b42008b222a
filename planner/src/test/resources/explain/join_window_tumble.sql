EXPLAIN PLAN FOR
SELECT l.order_id, r.ship_id, l.window_start, l.window_end FROM (SELECT * FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '10' MINUTE))) l JOIN (SELECT * FROM TABLE(TUMBLE(TABLE shipments, DESCRIPTOR(ship_time), INTERVAL '10' MINUTE))) r ON l.order_id = r.order_id AND l.window_start = r.window_start AND l.window_end = r.window_end;
