-- Window aggregation over a bounded file with a watermark: every window fires when the input
-- ends. Rows (second: auction/price): 01: 1/5, 03: 2/20, 04: 1/7, 08: 1/9, 12: 2/30, 15: 3/1,
-- 21: 1/11, 40: 2/40.
CREATE TABLE bids (auction BIGINT, bidder BIGINT, price BIGINT, url STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/bids.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT window_start, window_end, auction, COUNT(*) AS bids, MAX(price) AS top_price FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, window_end, auction
----
+-------------------------+-------------------------+---------+------+-----------+
|            window_start |              window_end | auction | bids | top_price |
+-------------------------+-------------------------+---------+------+-----------+
| 2024-01-01 10:00:00.000 | 2024-01-01 10:00:10.000 |       1 |    3 |         9 |
| 2024-01-01 10:00:00.000 | 2024-01-01 10:00:10.000 |       2 |    1 |        20 |
| 2024-01-01 10:00:10.000 | 2024-01-01 10:00:20.000 |       2 |    1 |        30 |
| 2024-01-01 10:00:10.000 | 2024-01-01 10:00:20.000 |       3 |    1 |         1 |
| 2024-01-01 10:00:20.000 | 2024-01-01 10:00:30.000 |       1 |    1 |        11 |
| 2024-01-01 10:00:40.000 | 2024-01-01 10:00:50.000 |       2 |    1 |        40 |
+-------------------------+-------------------------+---------+------+-----------+
6 rows in set

SELECT auction, window_time, SUM(price) AS total FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)) WHERE price > 6 GROUP BY auction, window_start, window_end, window_time
----
+---------+-------------------------+-------+
| auction |             window_time | total |
+---------+-------------------------+-------+
|       1 | 2024-01-01 10:00:09.999 |    16 |
|       1 | 2024-01-01 10:00:29.999 |    11 |
|       2 | 2024-01-01 10:00:09.999 |    20 |
|       2 | 2024-01-01 10:00:19.999 |    30 |
|       2 | 2024-01-01 10:00:49.999 |    40 |
+---------+-------------------------+-------+
5 rows in set

SELECT window_start, window_end, COUNT(*) AS bids FROM TABLE(HOP(TABLE bids, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '10' SECOND)) GROUP BY window_start, window_end
----
+-------------------------+-------------------------+------+
|            window_start |              window_end | bids |
+-------------------------+-------------------------+------+
| 2024-01-01 09:59:55.000 | 2024-01-01 10:00:05.000 |    3 |
| 2024-01-01 10:00:00.000 | 2024-01-01 10:00:10.000 |    4 |
| 2024-01-01 10:00:05.000 | 2024-01-01 10:00:15.000 |    2 |
| 2024-01-01 10:00:10.000 | 2024-01-01 10:00:20.000 |    2 |
| 2024-01-01 10:00:15.000 | 2024-01-01 10:00:25.000 |    2 |
| 2024-01-01 10:00:20.000 | 2024-01-01 10:00:30.000 |    1 |
| 2024-01-01 10:00:35.000 | 2024-01-01 10:00:45.000 |    1 |
| 2024-01-01 10:00:40.000 | 2024-01-01 10:00:50.000 |    1 |
+-------------------------+-------------------------+------+
8 rows in set

SELECT window_start, window_end, SUM(price) AS total FROM TABLE(CUMULATE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND, INTERVAL '20' SECOND)) GROUP BY window_start, window_end
----
+-------------------------+-------------------------+-------+
|            window_start |              window_end | total |
+-------------------------+-------------------------+-------+
| 2024-01-01 10:00:00.000 | 2024-01-01 10:00:10.000 |    41 |
| 2024-01-01 10:00:00.000 | 2024-01-01 10:00:20.000 |    72 |
| 2024-01-01 10:00:20.000 | 2024-01-01 10:00:30.000 |    11 |
| 2024-01-01 10:00:20.000 | 2024-01-01 10:00:40.000 |    11 |
| 2024-01-01 10:00:40.000 | 2024-01-01 10:00:50.000 |    40 |
| 2024-01-01 10:00:40.000 | 2024-01-01 10:01:00.000 |    40 |
+-------------------------+-------------------------+-------+
6 rows in set

SELECT window_start, window_end, COUNT(*) AS bids, SUM(price) AS total FROM TABLE(SESSION(TABLE bids, DESCRIPTOR(ts), INTERVAL '5' SECOND)) GROUP BY window_start, window_end
----
+-------------------------+-------------------------+------+-------+
|            window_start |              window_end | bids | total |
+-------------------------+-------------------------+------+-------+
| 2024-01-01 10:00:01.000 | 2024-01-01 10:00:20.000 |    6 |    72 |
| 2024-01-01 10:00:21.000 | 2024-01-01 10:00:26.000 |    1 |    11 |
| 2024-01-01 10:00:40.000 | 2024-01-01 10:00:45.000 |    1 |    40 |
+-------------------------+-------------------------+------+-------+
3 rows in set

SELECT auction, TUMBLE_START(ts, INTERVAL '10' SECOND) AS wstart, COUNT(*) AS bids FROM bids GROUP BY auction, TUMBLE(ts, INTERVAL '10' SECOND)
----
+---------+-------------------------+------+
| auction |                  wstart | bids |
+---------+-------------------------+------+
|       1 | 2024-01-01 10:00:00.000 |    3 |
|       1 | 2024-01-01 10:00:20.000 |    1 |
|       2 | 2024-01-01 10:00:00.000 |    1 |
|       2 | 2024-01-01 10:00:10.000 |    1 |
|       2 | 2024-01-01 10:00:40.000 |    1 |
|       3 | 2024-01-01 10:00:10.000 |    1 |
+---------+-------------------------+------+
6 rows in set

SELECT SESSION_START(ts, INTERVAL '5' SECOND) AS sstart, COUNT(*) AS bids FROM bids GROUP BY SESSION(ts, INTERVAL '5' SECOND)
----
+-------------------------+------+
|                  sstart | bids |
+-------------------------+------+
| 2024-01-01 10:00:01.000 |    6 |
| 2024-01-01 10:00:21.000 |    1 |
| 2024-01-01 10:00:40.000 |    1 |
+-------------------------+------+
3 rows in set

SELECT window_start, COUNT(*) AS bids FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start
----
+-------------------------+------+
|            window_start | bids |
+-------------------------+------+
| 2024-01-01 10:00:00.000 |    4 |
| 2024-01-01 10:00:10.000 |    2 |
| 2024-01-01 10:00:20.000 |    1 |
| 2024-01-01 10:00:40.000 |    1 |
+-------------------------+------+
4 rows in set

SELECT auction, price, window_start, window_end FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)) WHERE price > 10
----
+---------+-------+-------------------------+-------------------------+
| auction | price |            window_start |              window_end |
+---------+-------+-------------------------+-------------------------+
|       1 |    11 | 2024-01-01 10:00:20.000 | 2024-01-01 10:00:30.000 |
|       2 |    20 | 2024-01-01 10:00:00.000 | 2024-01-01 10:00:10.000 |
|       2 |    30 | 2024-01-01 10:00:10.000 | 2024-01-01 10:00:20.000 |
|       2 |    40 | 2024-01-01 10:00:40.000 | 2024-01-01 10:00:50.000 |
+---------+-------+-------------------------+-------------------------+
4 rows in set

SELECT auction, window_start, window_end, window_time FROM TABLE(HOP(TABLE bids, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '10' SECOND)) WHERE auction = 3
----
+---------+-------------------------+-------------------------+-------------------------+
| auction |            window_start |              window_end |             window_time |
+---------+-------------------------+-------------------------+-------------------------+
|       3 | 2024-01-01 10:00:10.000 | 2024-01-01 10:00:20.000 | 2024-01-01 10:00:19.999 |
|       3 | 2024-01-01 10:00:15.000 | 2024-01-01 10:00:25.000 | 2024-01-01 10:00:24.999 |
+---------+-------------------------+-------------------------+-------------------------+
2 rows in set

SELECT window_start, COUNT(*) FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '1' HOUR, INTERVAL '15' MINUTE)) GROUP BY window_start, window_end
----
+-------------------------+--------+
|            window_start | EXPR$1 |
+-------------------------+--------+
| 2024-01-01 09:15:00.000 |      8 |
+-------------------------+--------+
1 row in set

SELECT HOP_START(ts, INTERVAL '10' SECOND, INTERVAL '20' SECOND) AS wstart, HOP_END(ts, INTERVAL '10' SECOND, INTERVAL '20' SECOND) AS wend, SUM(price) AS total FROM bids GROUP BY HOP(ts, INTERVAL '10' SECOND, INTERVAL '20' SECOND)
----
+-------------------------+-------------------------+-------+
|                  wstart |                    wend | total |
+-------------------------+-------------------------+-------+
| 2024-01-01 09:59:50.000 | 2024-01-01 10:00:10.000 |    41 |
| 2024-01-01 10:00:00.000 | 2024-01-01 10:00:20.000 |    72 |
| 2024-01-01 10:00:10.000 | 2024-01-01 10:00:30.000 |    42 |
| 2024-01-01 10:00:20.000 | 2024-01-01 10:00:40.000 |    11 |
| 2024-01-01 10:00:30.000 | 2024-01-01 10:00:50.000 |    40 |
| 2024-01-01 10:00:40.000 | 2024-01-01 10:01:00.000 |    40 |
+-------------------------+-------------------------+-------+
6 rows in set

SELECT auction, TUMBLE_END(ts, INTERVAL '20' SECOND) AS wend, COUNT(*) AS bids FROM bids WHERE auction = 1 GROUP BY auction, TUMBLE(ts, INTERVAL '20' SECOND)
----
+---------+-------------------------+------+
| auction |                    wend | bids |
+---------+-------------------------+------+
|       1 | 2024-01-01 10:00:20.000 |    3 |
|       1 | 2024-01-01 10:00:40.000 |    1 |
+---------+-------------------------+------+
2 rows in set
