-- ORDER BY ... LIMIT, LIMIT alone, LIMIT 0, ORDER BY the rowtime, and what a stream cannot sort.
CREATE TABLE products (item STRING, category STRING, sales INT) WITH ('connector' = 'filesystem', 'path' = '${resources}/rank_products.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

CREATE TABLE orders (order_id INT, customer STRING, amount INT, ts TIMESTAMP(3), pt AS PROCTIME(), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/rank_orders.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT item, sales FROM products ORDER BY sales DESC LIMIT 3
----
+--------+-------+
|   item | sales |
+--------+-------+
|  apple |    50 |
| cherry |    70 |
|  elder |    60 |
+--------+-------+
3 rows in set

SELECT item, sales FROM products ORDER BY sales DESC LIMIT 2 OFFSET 1
----
+-------+-------+
|  item | sales |
+-------+-------+
| apple |    50 |
| elder |    60 |
+-------+-------+
2 rows in set

SELECT order_id FROM orders ORDER BY ts DESC LIMIT 2
----
+----------+
| order_id |
+----------+
|        5 |
|        6 |
+----------+
2 rows in set

SELECT item FROM products LIMIT 0
----
Empty set

SELECT item FROM products WHERE category = 'veg' LIMIT 5
----
+--------+
|   item |
+--------+
| carrot |
|   kale |
|   leek |
+--------+
3 rows in set

SELECT order_id, ts FROM orders ORDER BY ts, amount DESC
----
+----------+-------------------------+
| order_id |                      ts |
+----------+-------------------------+
|        1 | 2024-01-01 10:00:05.000 |
|        2 | 2024-01-01 10:00:01.000 |
|        3 | 2024-01-01 10:00:02.000 |
|        4 | 2024-01-01 10:00:03.000 |
|        5 | 2024-01-01 10:00:09.000 |
|        6 | 2024-01-01 10:00:07.000 |
+----------+-------------------------+
6 rows in set

SELECT item FROM products ORDER BY sales
----
[ERROR 0A000] ORDER BY a non-time column without LIMIT is not supported on streams
