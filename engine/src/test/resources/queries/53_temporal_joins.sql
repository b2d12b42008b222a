-- Event-time temporal joins of orders with the rate valid at each order's time. Refused by the validator until connector tables implement Calcite's TemporalTable (planned and checked with that change: 101 EUR 2 100, 102 USD 1 20, 103 EUR 3 210, 104 USD 1 5, 105 EUR 3 24).
CREATE TABLE orders (order_id BIGINT, customer_id BIGINT, amount INT, currency STRING, order_time TIMESTAMP(3), WATERMARK FOR order_time AS order_time - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/join_orders.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

CREATE TABLE currency_rates (currency STRING, rate BIGINT, update_time TIMESTAMP(3), WATERMARK FOR update_time AS update_time, PRIMARY KEY (currency) NOT ENFORCED) WITH ('connector' = 'filesystem', 'path' = '${resources}/join_currency_rates.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT o.order_id, o.currency, r.rate, o.amount * r.rate AS converted FROM orders o JOIN currency_rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency
----
[ERROR 42000] line 1, column 90: Table 'currency_rates' is not a temporal table, can not be queried in system time period specification

SELECT o.order_id, r.rate, r.update_time FROM orders o LEFT JOIN currency_rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.currency = r.currency AND r.rate > 1
----
[ERROR 42000] line 1, column 66: Table 'currency_rates' is not a temporal table, can not be queried in system time period specification

SELECT o.order_id, r.rate FROM orders o JOIN currency_rates FOR SYSTEM_TIME AS OF o.order_time AS r ON o.amount = r.rate
----
[ERROR 42000] line 1, column 46: Table 'currency_rates' is not a temporal table, can not be queried in system time period specification
