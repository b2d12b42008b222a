-- IN subqueries as semi joins.
CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount INT, currency STRING, order_time TIMESTAMP(3), WATERMARK FOR order_time AS order_time - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/join_orders.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

CREATE TABLE customers (id BIGINT, name STRING, country STRING) WITH ('connector' = 'filesystem', 'path' = '${resources}/join_customers.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT order_id FROM orders WHERE customer_id IN (SELECT id FROM customers WHERE country = 'NL')
----
+----------+
| order_id |
+----------+
|      101 |
|      103 |
+----------+
2 rows in set

SELECT order_id, amount FROM orders WHERE customer_id IN (SELECT id FROM customers) AND amount < 60
----
+----------+--------+
| order_id | amount |
+----------+--------+
|      101 |     50 |
|      102 |     20 |
+----------+--------+
2 rows in set

SELECT name FROM customers WHERE id IN (SELECT customer_id FROM orders)
----
+------+
| name |
+------+
|  ann |
|  bob |
+------+
2 rows in set
