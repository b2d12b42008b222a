-- Deduplication: the latest and the first order of each customer, by event time and by
-- processing time (rows of one customer arrive in file order).
CREATE TABLE orders (order_id INT, customer STRING, amount INT, ts TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/rank_orders.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT order_id, customer, amount FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY customer ORDER BY ts DESC) AS rownum FROM orders)
WHERE rownum = 1
----
+----------+----------+--------+
| order_id | customer | amount |
+----------+----------+--------+
|        4 |      cid |      5 |
|        5 |      bob |     25 |
|        6 |      ann |     12 |
+----------+----------+--------+
3 rows in set

SELECT order_id, customer FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY customer ORDER BY ts ASC) AS rownum FROM orders)
WHERE rownum = 1
----
+----------+----------+
| order_id | customer |
+----------+----------+
|        2 |      bob |
|        3 |      ann |
|        4 |      cid |
+----------+----------+
3 rows in set

SELECT order_id, customer FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY customer ORDER BY pt ASC) AS rownum FROM orders)
WHERE rownum = 1
----
+----------+----------+
| order_id | customer |
+----------+----------+
|        1 |      ann |
|        2 |      bob |
|        4 |      cid |
+----------+----------+
3 rows in set

SELECT order_id, customer FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY customer ORDER BY pt DESC) AS rownum FROM orders)
WHERE rownum = 1
----
+----------+----------+
| order_id | customer |
+----------+----------+
|        4 |      cid |
|        5 |      bob |
|        6 |      ann |
+----------+----------+
3 rows in set

SELECT order_id, customer, rownum FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY customer ORDER BY ts DESC) AS rownum FROM orders)
WHERE rownum = 1
----
+----------+----------+--------+
| order_id | customer | rownum |
+----------+----------+--------+
|        4 |      cid |      1 |
|        5 |      bob |      1 |
|        6 |      ann |      1 |
+----------+----------+--------+
3 rows in set
