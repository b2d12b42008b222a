-- Nexmark bids over the bounded generator (2,000 events at 1,000 events/s: 1,840 bids over two
-- seconds of event time). q7-style highest price per window, the same windows planned from the
-- legacy GROUP BY TUMBLE, and q5-style bids per auction and hopping window. The window counts
-- add up to the total count of bids.
CREATE TABLE bid (auction BIGINT, bidder BIGINT, price BIGINT, date_time TIMESTAMP(3), WATERMARK FOR date_time AS date_time - INTERVAL '4' SECOND) WITH ('connector' = 'nexmark', 'table' = 'bid', 'max-events' = '2000', 'events-per-second' = '1000', 'seed' = '42')
----
[INFO] Execute statement succeeded.

SELECT COUNT(*) AS bids, MAX(price) AS maxprice FROM bid
----
+------+----------+
| bids | maxprice |
+------+----------+
| 1840 | 99899309 |
+------+----------+
1 row in set

SELECT window_start, window_end, MAX(price) AS maxprice, COUNT(*) AS bids FROM TABLE(TUMBLE(TABLE bid, DESCRIPTOR(date_time), INTERVAL '1' SECOND)) GROUP BY window_start, window_end
----
+-------------------------+-------------------------+----------+------+
|            window_start |              window_end | maxprice | bids |
+-------------------------+-------------------------+----------+------+
| 2020-01-01 00:00:00.000 | 2020-01-01 00:00:01.000 | 99223222 |  920 |
| 2020-01-01 00:00:01.000 | 2020-01-01 00:00:02.000 | 99899309 |  920 |
+-------------------------+-------------------------+----------+------+
2 rows in set

SELECT TUMBLE_START(date_time, INTERVAL '1' SECOND) AS wstart, MAX(price) AS maxprice, COUNT(*) AS bids FROM bid GROUP BY TUMBLE(date_time, INTERVAL '1' SECOND)
----
+-------------------------+----------+------+
|                  wstart | maxprice | bids |
+-------------------------+----------+------+
| 2020-01-01 00:00:00.000 | 99223222 |  920 |
| 2020-01-01 00:00:01.000 | 99899309 |  920 |
+-------------------------+----------+------+
2 rows in set

SELECT starttime, MAX(num) AS maxn, SUM(num) AS bids, COUNT(*) AS auctions FROM (SELECT auction, COUNT(*) AS num, window_start AS starttime, window_end AS endtime FROM TABLE(HOP(TABLE bid, DESCRIPTOR(date_time), INTERVAL '1' SECOND, INTERVAL '2' SECOND)) GROUP BY auction, window_start, window_end) GROUP BY starttime, endtime
----
+-------------------------+------+------+----------+
|               starttime | maxn | bids | auctions |
+-------------------------+------+------+----------+
| 2019-12-31 23:59:59.000 |  480 |  920 |       65 |
| 2020-01-01 00:00:00.000 |  781 | 1840 |      116 |
| 2020-01-01 00:00:01.000 |  301 |  920 |      116 |
+-------------------------+------+------+----------+
3 rows in set
