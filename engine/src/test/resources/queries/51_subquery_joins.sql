-- IN, EXISTS, NOT IN and NOT EXISTS subqueries as semi and anti joins; NOT IN with SQL null semantics.
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

SELECT order_id FROM orders o WHERE EXISTS (SELECT 1 FROM customers c WHERE c.id = o.customer_id AND c.country = 'NL' AND o.amount > 60)
----
+----------+
| order_id |
+----------+
|      103 |
+----------+
1 row in set

SELECT order_id FROM orders o WHERE NOT EXISTS (SELECT * FROM customers c WHERE c.id = o.customer_id)
----
+----------+
| order_id |
+----------+
|      104 |
|      105 |
+----------+
2 rows in set

SELECT * FROM orders WHERE customer_id NOT IN (SELECT id FROM customers)
----
Empty set

SELECT * FROM orders WHERE customer_id NOT IN (SELECT id FROM customers WHERE id IS NOT NULL)
----
+----------+-------------+--------+----------+-------------------------+
| order_id | customer_id | amount | currency |              order_time |
+----------+-------------+--------+----------+-------------------------+
|      104 |           9 |      5 |      USD | 2024-01-01 10:20:00.000 |
+----------+-------------+--------+----------+-------------------------+
1 row in set

SELECT name FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id) AND name <> 'nobody'
----
+------+
| name |
+------+
|  cid |
+------+
1 row in set
