-- Unbounded frames: the default frame (RANGE, peers share a result) and ROWS without PARTITION BY.
CREATE TABLE trades (item STRING, price BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/over_trades.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT item, price, SUM(price) OVER (PARTITION BY item ORDER BY ts) AS running_total FROM trades
----
+------+-------+---------------+
| item | price | running_total |
+------+-------+---------------+
|    a |     1 |             1 |
|    a |    16 |            31 |
|    a |     2 |            15 |
|    a |     4 |             5 |
|    a |     8 |            15 |
|    b |    10 |            10 |
|    b |    20 |            30 |
|    b |    40 |            70 |
+------+-------+---------------+
8 rows in set

SELECT item, price, ts, COUNT(*) OVER (ORDER BY ts ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS seen FROM trades
----
+------+-------+-------------------------+------+
| item | price |                      ts | seen |
+------+-------+-------------------------+------+
|    a |     1 | 2024-01-01 10:00:00.000 |    1 |
|    a |    16 | 2024-01-01 10:00:06.000 |    7 |
|    a |     2 | 2024-01-01 10:00:03.000 |    4 |
|    a |     4 | 2024-01-01 10:00:02.000 |    3 |
|    a |     8 | 2024-01-01 10:00:03.000 |    5 |
|    b |    10 | 2024-01-01 10:00:01.000 |    2 |
|    b |    20 | 2024-01-01 10:00:05.000 |    6 |
|    b |    40 | 2024-01-01 10:00:09.000 |    8 |
+------+-------+-------------------------+------+
8 rows in set
