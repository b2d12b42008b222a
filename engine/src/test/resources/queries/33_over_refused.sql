-- OVER windows Eddy refuses, with the construct named.
CREATE TABLE trades (item STRING, price BIGINT, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/over_trades.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT item, SUM(price) OVER (PARTITION BY item ORDER BY price ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM trades
----
[ERROR 0A000] OVER windows ordered by 'price' are not supported: 'price' is not a time attribute
[HINT] Order OVER windows by a rowtime or proctime attribute

SELECT item, SUM(price) OVER (PARTITION BY item ORDER BY ts ROWS BETWEEN CURRENT ROW AND 1 FOLLOWING) FROM trades
----
[ERROR 0A000] OVER window frames with FOLLOWING bounds are not supported
[HINT] End the frame at CURRENT ROW: ROWS|RANGE BETWEEN ... PRECEDING AND CURRENT ROW
