-- Event-time temporal joins of orders with the rate valid at each order's time (checked by hand: 101 EUR 2 100, 102 USD 1 20, 103 EUR 3 210, 104 USD 1 5, 105 EUR 3 24).
CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount INT, currency STRING, order_time TIMESTAMP(3), WATERMARK FOR order_time AS order_time - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/join_orders.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

CREATE TABLE currency_rates (currency STRING, rate BIGINT, update_time TIMESTAMP(3), WATERMARK FOR update_time AS update_time, PRIMARY KEY (currency) NOT ENFORCED) WITH ('connector' = 'filesystem', 'path' = '${resources}/join_currency_rates.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT o.order_id, o.currency, r.rate, o.amount * r.rate AS converted FROM orders o JOIN currency_rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency
----
+----------+----------+------+-----------+
| order_id | currency | rate | converted |
+----------+----------+------+-----------+
|      101 |      EUR |    2 |       100 |
|      102 |      USD |    1 |        20 |
|      103 |      EUR |    3 |       210 |
|      104 |      USD |    1 |         5 |
|      105 |      EUR |    3 |        24 |
+----------+----------+------+-----------+
5 rows in set

SELECT o.order_id, r.rate, r.update_time FROM orders o LEFT JOIN currency_rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency AND r.rate > 1
----
+----------+--------+-------------------------+
| order_id |   rate |             update_time |
+----------+--------+-------------------------+
|      101 |      2 | 2024-01-01 09:00:00.000 |
|      102 | <NULL> |                  <NULL> |
|      103 |      3 | 2024-01-01 10:08:00.000 |
|      104 | <NULL> |                  <NULL> |
|      105 |      3 | 2024-01-01 10:08:00.000 |
+----------+--------+-------------------------+
5 rows in set

SELECT o.order_id, r.rate FROM orders o JOIN currency_rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.amount = r.rate
----
[ERROR 0A000] Temporal table's primary key [currency] must be included in the equivalence condition of the temporal join
