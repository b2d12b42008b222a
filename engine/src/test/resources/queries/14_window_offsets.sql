-- Windows with an offset (Flink's optional last argument of TUMBLE, HOP and CUMULATE): the windows
-- are shifted from the epoch's alignment. Rows of bids.json at seconds 01, 03, 04, 08, 12, 15,
-- 21 and 40 after 10:00:00; 10-second windows shifted by 5 seconds start at :55, :05, :15, :35.
CREATE TABLE bids (auction BIGINT, bidder BIGINT, price BIGINT, url STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/bids.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT window_start, window_end, COUNT(*) AS bids, SUM(price) AS total
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND, INTERVAL '5' SECOND))
GROUP BY window_start, window_end
----
+-------------------------+-------------------------+------+-------+
|            window_start |              window_end | bids | total |
+-------------------------+-------------------------+------+-------+
| 2024-01-01 09:59:55.000 | 2024-01-01 10:00:05.000 |    3 |    32 |
| 2024-01-01 10:00:05.000 | 2024-01-01 10:00:15.000 |    2 |    39 |
| 2024-01-01 10:00:15.000 | 2024-01-01 10:00:25.000 |    2 |    12 |
| 2024-01-01 10:00:35.000 | 2024-01-01 10:00:45.000 |    1 |    40 |
+-------------------------+-------------------------+------+-------+
4 rows in set

-- A negative offset of 2 seconds on 10-second windows sliding by 5: starts at :53, :58, :03, ...
SELECT window_start, window_end, COUNT(*) AS bids
FROM TABLE(HOP(TABLE bids, DESCRIPTOR(ts), INTERVAL '5' SECOND, INTERVAL '10' SECOND, INTERVAL '-2' SECOND))
WHERE ts < TIMESTAMP '2024-01-01 10:00:20'
GROUP BY window_start, window_end
----
+-------------------------+-------------------------+------+
|            window_start |              window_end | bids |
+-------------------------+-------------------------+------+
| 2024-01-01 09:59:53.000 | 2024-01-01 10:00:03.000 |    1 |
| 2024-01-01 09:59:58.000 | 2024-01-01 10:00:08.000 |    3 |
| 2024-01-01 10:00:03.000 | 2024-01-01 10:00:13.000 |    4 |
| 2024-01-01 10:00:08.000 | 2024-01-01 10:00:18.000 |    3 |
| 2024-01-01 10:00:13.000 | 2024-01-01 10:00:23.000 |    1 |
+-------------------------+-------------------------+------+
5 rows in set
