-- Regular joins of orders and customers: inner, with a non-equi condition, outer, null-safe keys and without keys.
CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount INT, currency STRING, order_time TIMESTAMP(3), WATERMARK FOR order_time AS order_time - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/join_orders.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

CREATE TABLE customers (id BIGINT, name STRING, country STRING) WITH ('connector' = 'filesystem', 'path' = '${resources}/join_customers.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT o.order_id, c.name, o.amount FROM orders o JOIN customers c ON o.customer_id = c.id
----
+----------+------+--------+
| order_id | name | amount |
+----------+------+--------+
|      101 |  ann |     50 |
|      102 |  bob |     20 |
|      103 |  ann |     70 |
+----------+------+--------+
3 rows in set

SELECT o.order_id, c.name FROM orders o JOIN customers c ON o.customer_id = c.id AND o.amount > 30
----
+----------+------+
| order_id | name |
+----------+------+
|      101 |  ann |
|      103 |  ann |
+----------+------+
2 rows in set

SELECT o.order_id, c.name, c.country FROM orders o LEFT JOIN customers c ON o.customer_id = c.id
----
+----------+--------+---------+
| order_id |   name | country |
+----------+--------+---------+
|      101 |    ann |      NL |
|      102 |    bob |      DE |
|      103 |    ann |      NL |
|      104 | <NULL> |  <NULL> |
|      105 | <NULL> |  <NULL> |
+----------+--------+---------+
5 rows in set

SELECT o.order_id, c.name FROM orders o RIGHT JOIN customers c ON o.customer_id = c.id
----
+----------+--------+
| order_id |   name |
+----------+--------+
|      101 |    ann |
|      102 |    bob |
|      103 |    ann |
|   <NULL> |    cid |
|   <NULL> | nobody |
+----------+--------+
5 rows in set

SELECT o.order_id, c.name FROM orders o FULL JOIN customers c ON o.customer_id = c.id
----
+----------+--------+
| order_id |   name |
+----------+--------+
|      101 |    ann |
|      102 |    bob |
|      103 |    ann |
|      104 | <NULL> |
|      105 | <NULL> |
|   <NULL> |    cid |
|   <NULL> | nobody |
+----------+--------+
7 rows in set

SELECT o.order_id, c.name FROM orders o LEFT JOIN customers c ON o.customer_id IS NOT DISTINCT FROM c.id
----
+----------+--------+
| order_id |   name |
+----------+--------+
|      101 |    ann |
|      102 |    bob |
|      103 |    ann |
|      104 | <NULL> |
|      105 | nobody |
+----------+--------+
5 rows in set

SELECT o.order_id, c.name FROM orders o, customers c WHERE o.amount < c.id * 4
----
+----------+------+
| order_id | name |
+----------+------+
|      104 |  bob |
|      104 |  cid |
|      105 |  cid |
+----------+------+
3 rows in set

SELECT c.name, o.order_time FROM orders o JOIN customers c ON CAST(o.customer_id AS INT) = c.id + 1
----
+------+-------------------------+
| name |              order_time |
+------+-------------------------+
|  ann | 2024-01-01 10:05:00.000 |
+------+-------------------------+
1 row in set
