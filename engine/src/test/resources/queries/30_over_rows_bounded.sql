-- ROWS BETWEEN 1 PRECEDING AND CURRENT ROW per item, in event-time order; rows of equal time one by one.
CREATE TABLE trades (item STRING, price BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/over_trades.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT item, price, ts, SUM(price) OVER w AS recent_total, COUNT(*) OVER w AS recent_count FROM trades WINDOW w AS (PARTITION BY item ORDER BY ts ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)
----
+------+-------+-------------------------+--------------+--------------+
| item | price |                      ts | recent_total | recent_count |
+------+-------+-------------------------+--------------+--------------+
|    a |     1 | 2024-01-01 10:00:00.000 |            1 |            1 |
|    a |    16 | 2024-01-01 10:00:06.000 |           24 |            2 |
|    a |     2 | 2024-01-01 10:00:03.000 |            6 |            2 |
|    a |     4 | 2024-01-01 10:00:02.000 |            5 |            2 |
|    a |     8 | 2024-01-01 10:00:03.000 |           10 |            2 |
|    b |    10 | 2024-01-01 10:00:01.000 |           10 |            1 |
|    b |    20 | 2024-01-01 10:00:05.000 |           30 |            2 |
|    b |    40 | 2024-01-01 10:00:09.000 |           60 |            2 |
+------+-------+-------------------------+--------------+--------------+
8 rows in set
