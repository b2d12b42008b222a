-- Window joins of orders and shipments in the same one-hour tumbling window.
CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount INT, currency STRING, order_time TIMESTAMP(3), WATERMARK FOR order_time AS order_time - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/join_orders.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

CREATE TABLE shipments (ship_id BIGINT, order_id BIGINT, ship_time TIMESTAMP(3), WATERMARK FOR ship_time AS ship_time - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/join_shipments.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT o.order_id, s.ship_id, o.window_start, o.window_end FROM (SELECT * FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '1' HOUR))) o JOIN (SELECT * FROM TABLE(TUMBLE(TABLE shipments, DESCRIPTOR(ship_time), INTERVAL '1' HOUR))) s ON o.order_id = s.order_id AND o.window_start = s.window_start AND o.window_end = s.window_end
----
+----------+---------+-------------------------+-------------------------+
| order_id | ship_id |            window_start |              window_end |
+----------+---------+-------------------------+-------------------------+
|      101 |       1 | 2024-01-01 10:00:00.000 | 2024-01-01 11:00:00.000 |
|      103 |       3 | 2024-01-01 10:00:00.000 | 2024-01-01 11:00:00.000 |
+----------+---------+-------------------------+-------------------------+
2 rows in set

SELECT o.order_id, s.ship_id, o.window_start FROM (SELECT * FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '1' HOUR))) o LEFT JOIN (SELECT * FROM TABLE(TUMBLE(TABLE shipments, DESCRIPTOR(ship_time), INTERVAL '1' HOUR))) s ON o.order_id = s.order_id AND o.window_start = s.window_start AND o.window_end = s.window_end
----
+----------+---------+-------------------------+
| order_id | ship_id |            window_start |
+----------+---------+-------------------------+
|      101 |       1 | 2024-01-01 10:00:00.000 |
|      102 |  <NULL> | 2024-01-01 10:00:00.000 |
|      103 |       3 | 2024-01-01 10:00:00.000 |
|      104 |  <NULL> | 2024-01-01 10:00:00.000 |
|      105 |  <NULL> | 2024-01-01 10:00:00.000 |
+----------+---------+-------------------------+
5 rows in set

SELECT o.order_id, s.ship_id, s.window_start FROM (SELECT * FROM TABLE(TUMBLE(TABLE orders, DESCRIPTOR(order_time), INTERVAL '1' HOUR))) o FULL JOIN (SELECT * FROM TABLE(TUMBLE(TABLE shipments, DESCRIPTOR(ship_time), INTERVAL '1' HOUR))) s ON o.order_id = s.order_id AND o.window_start = s.window_start AND o.window_end = s.window_end
----
+----------+---------+-------------------------+
| order_id | ship_id |            window_start |
+----------+---------+-------------------------+
|      101 |       1 | 2024-01-01 10:00:00.000 |
|      102 |  <NULL> |                  <NULL> |
|      103 |       3 | 2024-01-01 10:00:00.000 |
|      104 |  <NULL> |                  <NULL> |
|      105 |  <NULL> |                  <NULL> |
|   <NULL> |       2 | 2024-01-01 15:00:00.000 |
|   <NULL> |       4 | 2024-01-01 11:00:00.000 |
+----------+---------+-------------------------+
7 rows in set
