-- Interval joins of orders and their shipments within four hours after the order.
CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount INT, currency STRING, order_time TIMESTAMP(3), WATERMARK FOR order_time AS order_time - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/join_orders.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

CREATE TABLE shipments (ship_id BIGINT, order_id BIGINT, ship_time TIMESTAMP(3), WATERMARK FOR ship_time AS ship_time - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/join_shipments.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT o.order_id, s.ship_id, s.ship_time FROM orders o JOIN shipments s ON o.order_id = s.order_id AND s.ship_time BETWEEN o.order_time AND o.order_time + INTERVAL '4' HOUR
----
+----------+---------+-------------------------+
| order_id | ship_id |               ship_time |
+----------+---------+-------------------------+
|      101 |       1 | 2024-01-01 10:30:00.000 |
|      103 |       4 | 2024-01-01 11:00:00.000 |
+----------+---------+-------------------------+
2 rows in set

SELECT o.order_id, s.ship_id FROM orders o LEFT JOIN shipments s ON o.order_id = s.order_id AND s.ship_time >= o.order_time AND s.ship_time < o.order_time + INTERVAL '4' HOUR
----
+----------+---------+
| order_id | ship_id |
+----------+---------+
|      101 |       1 |
|      102 |  <NULL> |
|      103 |       4 |
|      104 |  <NULL> |
|      105 |  <NULL> |
+----------+---------+
5 rows in set

SELECT o.order_id, s.ship_id FROM orders o FULL JOIN shipments s ON o.order_id = s.order_id AND o.order_time BETWEEN s.ship_time - INTERVAL '4' HOUR AND s.ship_time
----
+----------+---------+
| order_id | ship_id |
+----------+---------+
|      101 |       1 |
|      102 |  <NULL> |
|      103 |       4 |
|      104 |  <NULL> |
|      105 |  <NULL> |
|   <NULL> |       2 |
|   <NULL> |       3 |
+----------+---------+
7 rows in set
