-- Unbounded GROUP BY over a bounded file: the final result per key once every update is applied.
CREATE TABLE bids (auction BIGINT, bidder BIGINT, price BIGINT, url STRING, ts TIMESTAMP(3)) WITH ('connector' = 'filesystem', 'path' = '${resources}/bids.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT auction, COUNT(*) AS bids, SUM(price) AS total, MIN(price) AS low, MAX(price) AS high, AVG(price) AS average FROM bids GROUP BY auction
----
+---------+------+-------+-----+------+---------+
| auction | bids | total | low | high | average |
+---------+------+-------+-----+------+---------+
|       1 |    4 |    32 |   5 |   11 |       8 |
|       2 |    3 |    90 |  20 |   40 |      30 |
|       3 |    1 |     1 |   1 |    1 |       1 |
+---------+------+-------+-----+------+---------+
3 rows in set

SELECT auction, COUNT(DISTINCT bidder) AS bidders, COUNT(*) FILTER (WHERE price > 8) AS big, LISTAGG(url, '') AS urls FROM bids GROUP BY auction HAVING COUNT(*) > 1
----
+---------+---------+-----+------+
| auction | bidders | big | urls |
+---------+---------+-----+------+
|       1 |       3 |   2 | acdg |
|       2 |       3 |   3 |  beh |
+---------+---------+-----+------+
2 rows in set

SELECT auction, FIRST_VALUE(url) AS first_url, LAST_VALUE(url) AS last_url, FIRST_VALUE(price) AS first_price FROM bids GROUP BY auction
----
+---------+-----------+----------+-------------+
| auction | first_url | last_url | first_price |
+---------+-----------+----------+-------------+
|       1 |         a |        g |           5 |
|       2 |         b |        h |          20 |
|       3 |         f |        f |           1 |
+---------+-----------+----------+-------------+
3 rows in set

SELECT COUNT(*) AS bids, SUM(price) AS total FROM bids
----
+------+-------+
| bids | total |
+------+-------+
|    8 |   123 |
+------+-------+
1 row in set

SELECT DISTINCT bidder FROM bids
----
+--------+
| bidder |
+--------+
|     10 |
|     11 |
|     12 |
|     13 |
+--------+
4 rows in set

SELECT bids, COUNT(*) AS auctions FROM (SELECT auction, COUNT(*) AS bids FROM bids GROUP BY auction) GROUP BY bids
----
+------+----------+
| bids | auctions |
+------+----------+
|    1 |        1 |
|    3 |        1 |
|    4 |        1 |
+------+----------+
3 rows in set

SELECT auction, STDDEV_POP(price) FROM bids GROUP BY auction
----
[ERROR 0A000] The aggregate function STDDEV_POP is not supported yet
