-- Constructs Eddy does not run are refused with their name and position, before any job starts.
CREATE TABLE bids (auction BIGINT, bidder BIGINT, price BIGINT, url STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/bids.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT * FROM bids MATCH_RECOGNIZE (PARTITION BY auction ORDER BY ts MEASURES A.price AS p PATTERN (A B) DEFINE B AS B.price > A.price) AS m
----
[ERROR 0A000] line 1, column 20: MATCH_RECOGNIZE is not supported

SELECT auction, x FROM bids CROSS JOIN UNNEST(ARRAY[price, bidder]) AS t (x)
----
[ERROR 0A000] line 1, column 40: UNNEST is not supported

SELECT auction, ARRAY(SELECT price FROM bids) AS prices FROM bids
----
[ERROR 0A000] line 1, column 17: ARRAY(subquery) is not supported

SELECT window_start, auction, COUNT(*) AS bids FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)) GROUP BY window_start, CUBE (auction)
----
[ERROR 0A000] line 1, column 140: CUBE in a window aggregation without window_start and window_end among the plain GROUP BY columns is not supported
