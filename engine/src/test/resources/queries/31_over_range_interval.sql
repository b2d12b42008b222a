-- RANGE BETWEEN INTERVAL '2' SECOND PRECEDING AND CURRENT ROW: rows of equal time are peers, older rows leave the range.
CREATE TABLE trades (item STRING, price BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/over_trades.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT item, price, ts, SUM(price) OVER w AS total, MIN(price) OVER w AS low, MAX(price) OVER w AS high FROM trades WINDOW w AS (PARTITION BY item ORDER BY ts RANGE BETWEEN INTERVAL '2' SECOND PRECEDING AND CURRENT ROW)
----
+------+-------+-------------------------+-------+-----+------+
| item | price |                      ts | total | low | high |
+------+-------+-------------------------+-------+-----+------+
|    a |     1 | 2024-01-01 10:00:00.000 |     1 |   1 |    1 |
|    a |    16 | 2024-01-01 10:00:06.000 |    16 |  16 |   16 |
|    a |     2 | 2024-01-01 10:00:03.000 |    14 |   2 |    8 |
|    a |     4 | 2024-01-01 10:00:02.000 |     5 |   1 |    4 |
|    a |     8 | 2024-01-01 10:00:03.000 |    14 |   2 |    8 |
|    b |    10 | 2024-01-01 10:00:01.000 |    10 |  10 |   10 |
|    b |    20 | 2024-01-01 10:00:05.000 |    20 |  20 |   20 |
|    b |    40 | 2024-01-01 10:00:09.000 |    40 |  40 |   40 |
+------+-------+-------------------------+-------+-----+------+
8 rows in set
