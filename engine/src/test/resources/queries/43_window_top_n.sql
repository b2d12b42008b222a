-- Window Top-N and window deduplication over 10-second tumbling windows of a bounded file with
-- a watermark: every window fires when the input ends. Rows (second: auction/bidder/price):
-- 01: 1/10/5, 03: 2/11/20, 04: 1/12/7, 08: 1/10/9, 12: 2/10/30, 15: 3/13/1, 21: 1/11/11,
-- 40: 2/12/40. Windows: [00, 10) holds 01-08, [10, 20) 12 and 15, [20, 30) 21, [40, 50) 40.
-- Window rankings need append-only input: over a deduplicated view they are refused.
CREATE TABLE bids (auction BIGINT, bidder BIGINT, price BIGINT, url STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/bids.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT window_start, window_end, auction, bidder, price, rownum FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY price DESC) AS rownum
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)))
WHERE rownum <= 2
----
+-------------------------+-------------------------+---------+--------+-------+--------+
|            window_start |              window_end | auction | bidder | price | rownum |
+-------------------------+-------------------------+---------+--------+-------+--------+
| 2024-01-01 10:00:00.000 | 2024-01-01 10:00:10.000 |       1 |     10 |     9 |      2 |
| 2024-01-01 10:00:00.000 | 2024-01-01 10:00:10.000 |       2 |     11 |    20 |      1 |
| 2024-01-01 10:00:10.000 | 2024-01-01 10:00:20.000 |       2 |     10 |    30 |      1 |
| 2024-01-01 10:00:10.000 | 2024-01-01 10:00:20.000 |       3 |     13 |     1 |      2 |
| 2024-01-01 10:00:20.000 | 2024-01-01 10:00:30.000 |       1 |     11 |    11 |      1 |
| 2024-01-01 10:00:40.000 | 2024-01-01 10:00:50.000 |       2 |     12 |    40 |      1 |
+-------------------------+-------------------------+---------+--------+-------+--------+
6 rows in set

SELECT window_end, auction, price FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end, auction ORDER BY price ASC) AS rownum
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)))
WHERE rownum <= 2 AND price > 5
----
+-------------------------+---------+-------+
|              window_end | auction | price |
+-------------------------+---------+-------+
| 2024-01-01 10:00:10.000 |       1 |     7 |
| 2024-01-01 10:00:10.000 |       2 |    20 |
| 2024-01-01 10:00:20.000 |       2 |    30 |
| 2024-01-01 10:00:30.000 |       1 |    11 |
| 2024-01-01 10:00:50.000 |       2 |    40 |
+-------------------------+---------+-------+
5 rows in set

SELECT * FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY total DESC) AS rownum
  FROM (
    SELECT window_start, window_end, auction, SUM(price) AS total, COUNT(*) AS bids
    FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND))
    GROUP BY window_start, window_end, auction))
WHERE rownum <= 1
----
+-------------------------+-------------------------+---------+-------+------+--------+
|            window_start |              window_end | auction | total | bids | rownum |
+-------------------------+-------------------------+---------+-------+------+--------+
| 2024-01-01 10:00:00.000 | 2024-01-01 10:00:10.000 |       1 |    21 |    3 |      1 |
| 2024-01-01 10:00:10.000 | 2024-01-01 10:00:20.000 |       2 |    30 |    1 |      1 |
| 2024-01-01 10:00:20.000 | 2024-01-01 10:00:30.000 |       1 |    11 |    1 |      1 |
| 2024-01-01 10:00:40.000 | 2024-01-01 10:00:50.000 |       2 |    40 |    1 |      1 |
+-------------------------+-------------------------+---------+-------+------+--------+
4 rows in set

SELECT window_start, auction, bidder, price FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY ts ASC) AS rownum
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)))
WHERE rownum = 1
----
+-------------------------+---------+--------+-------+
|            window_start | auction | bidder | price |
+-------------------------+---------+--------+-------+
| 2024-01-01 10:00:00.000 |       1 |     10 |     5 |
| 2024-01-01 10:00:10.000 |       2 |     10 |    30 |
| 2024-01-01 10:00:20.000 |       1 |     11 |    11 |
| 2024-01-01 10:00:40.000 |       2 |     12 |    40 |
+-------------------------+---------+--------+-------+
4 rows in set

SELECT window_start, auction, price, ts FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY auction, window_start, window_end ORDER BY ts DESC) AS rownum
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)))
WHERE rownum = 1
----
+-------------------------+---------+-------+-------------------------+
|            window_start | auction | price |                      ts |
+-------------------------+---------+-------+-------------------------+
| 2024-01-01 10:00:00.000 |       1 |     9 | 2024-01-01 10:00:08.000 |
| 2024-01-01 10:00:00.000 |       2 |    20 | 2024-01-01 10:00:03.000 |
| 2024-01-01 10:00:10.000 |       2 |    30 | 2024-01-01 10:00:12.000 |
| 2024-01-01 10:00:10.000 |       3 |     1 | 2024-01-01 10:00:15.000 |
| 2024-01-01 10:00:20.000 |       1 |    11 | 2024-01-01 10:00:21.000 |
| 2024-01-01 10:00:40.000 |       2 |    40 | 2024-01-01 10:00:40.000 |
+-------------------------+---------+-------+-------------------------+
6 rows in set

SELECT window_start, window_end, price FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY price DESC) AS rownum
  FROM TABLE(HOP(TABLE bids, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '10' SECOND)))
WHERE rownum = 1
----
+-------------------------+-------------------------+-------+
|            window_start |              window_end | price |
+-------------------------+-------------------------+-------+
| 2024-01-01 09:59:55.000 | 2024-01-01 10:00:05.000 |    20 |
| 2024-01-01 10:00:00.000 | 2024-01-01 10:00:10.000 |    20 |
| 2024-01-01 10:00:05.000 | 2024-01-01 10:00:15.000 |    30 |
| 2024-01-01 10:00:10.000 | 2024-01-01 10:00:20.000 |    30 |
| 2024-01-01 10:00:15.000 | 2024-01-01 10:00:25.000 |    11 |
| 2024-01-01 10:00:20.000 | 2024-01-01 10:00:30.000 |    11 |
| 2024-01-01 10:00:35.000 | 2024-01-01 10:00:45.000 |    40 |
| 2024-01-01 10:00:40.000 | 2024-01-01 10:00:50.000 |    40 |
+-------------------------+-------------------------+-------+
8 rows in set

SELECT * FROM (
  SELECT auction, price, window_start, window_end,
    ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY price DESC) AS rownum
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)))
WHERE rownum > 1
----
[ERROR 0A000] ROW_NUMBER needs an upper bound (rownum <= n) for Top-N

SELECT * FROM (
  SELECT auction, price, window_start, window_end,
    RANK() OVER (PARTITION BY window_start, window_end ORDER BY price DESC) AS rnk
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)))
WHERE rnk <= 2
----
+---------+-------+-------------------------+-------------------------+-----+
| auction | price |            window_start |              window_end | rnk |
+---------+-------+-------------------------+-------------------------+-----+
|       1 |    11 | 2024-01-01 10:00:20.000 | 2024-01-01 10:00:30.000 |   1 |
|       1 |     9 | 2024-01-01 10:00:00.000 | 2024-01-01 10:00:10.000 |   2 |
|       2 |    20 | 2024-01-01 10:00:00.000 | 2024-01-01 10:00:10.000 |   1 |
|       2 |    30 | 2024-01-01 10:00:10.000 | 2024-01-01 10:00:20.000 |   1 |
|       2 |    40 | 2024-01-01 10:00:40.000 | 2024-01-01 10:00:50.000 |   1 |
|       3 |     1 | 2024-01-01 10:00:10.000 | 2024-01-01 10:00:20.000 |   2 |
+---------+-------+-------------------------+-------------------------+-----+
6 rows in set

CREATE VIEW last_bid_per_auction AS SELECT auction, price, ts FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY ts DESC) AS rownum FROM bids) WHERE rownum = 1
----
[INFO] Execute statement succeeded.

SELECT * FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY window_start, window_end ORDER BY price DESC) AS rownum
  FROM TABLE(TUMBLE(TABLE last_bid_per_auction, DESCRIPTOR(ts), INTERVAL '10' SECOND)))
WHERE rownum <= 2
----
[ERROR 0A000] A window table function over an updating input (Deduplicate emits updates) is not supported
