-- GROUPING SETS, ROLLUP and CUBE in unbounded GROUP BY: one result row per group of each set.
CREATE TABLE bids (auction BIGINT, bidder BIGINT, price BIGINT, url STRING, ts TIMESTAMP(3)) WITH ('connector' = 'filesystem', 'path' = '${resources}/bids.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT auction, bidder, COUNT(*) AS bids, SUM(price) AS total FROM bids GROUP BY GROUPING SETS ((auction), (bidder), ())
----
+---------+--------+------+-------+
| auction | bidder | bids | total |
+---------+--------+------+-------+
|       1 | <NULL> |    4 |    32 |
|       2 | <NULL> |    3 |    90 |
|       3 | <NULL> |    1 |     1 |
|  <NULL> |     10 |    3 |    44 |
|  <NULL> |     11 |    2 |    31 |
|  <NULL> |     12 |    2 |    47 |
|  <NULL> |     13 |    1 |     1 |
|  <NULL> | <NULL> |    8 |   123 |
+---------+--------+------+-------+
8 rows in set

SELECT auction, bidder, COUNT(*) AS bids, MAX(bidder) AS top_bidder, GROUPING(auction) AS g_auction, GROUPING(bidder) AS g_bidder, GROUPING_ID(auction, bidder) AS gid FROM bids GROUP BY ROLLUP (auction, bidder)
----
+---------+--------+------+------------+-----------+----------+-----+
| auction | bidder | bids | top_bidder | g_auction | g_bidder | gid |
+---------+--------+------+------------+-----------+----------+-----+
|       1 |     10 |    2 |         10 |         0 |        0 |   0 |
|       1 |     11 |    1 |         11 |         0 |        0 |   0 |
|       1 |     12 |    1 |         12 |         0 |        0 |   0 |
|       1 | <NULL> |    4 |         12 |         0 |        1 |   1 |
|       2 |     10 |    1 |         10 |         0 |        0 |   0 |
|       2 |     11 |    1 |         11 |         0 |        0 |   0 |
|       2 |     12 |    1 |         12 |         0 |        0 |   0 |
|       2 | <NULL> |    3 |         12 |         0 |        1 |   1 |
|       3 |     13 |    1 |         13 |         0 |        0 |   0 |
|       3 | <NULL> |    1 |         13 |         0 |        1 |   1 |
|  <NULL> | <NULL> |    8 |         13 |         1 |        1 |   3 |
+---------+--------+------+------------+-----------+----------+-----+
11 rows in set

SELECT auction, url > 'c' AS late, COUNT(*) AS bids, MIN(price) AS low FROM bids GROUP BY CUBE (auction, url > 'c')
----
+---------+--------+------+-----+
| auction |   late | bids | low |
+---------+--------+------+-----+
|       1 | <NULL> |    4 |   5 |
|       1 |  FALSE |    2 |   5 |
|       1 |   TRUE |    2 |   9 |
|       2 | <NULL> |    3 |  20 |
|       2 |  FALSE |    1 |  20 |
|       2 |   TRUE |    2 |  30 |
|       3 | <NULL> |    1 |   1 |
|       3 |   TRUE |    1 |   1 |
|  <NULL> | <NULL> |    8 |   1 |
|  <NULL> |  FALSE |    3 |   5 |
|  <NULL> |   TRUE |    5 |   1 |
+---------+--------+------+-----+
11 rows in set

SELECT auction, bidder, COUNT(*) AS bids FROM bids GROUP BY ROLLUP (auction, bidder) HAVING COUNT(*) > 2
----
+---------+--------+------+
| auction | bidder | bids |
+---------+--------+------+
|       1 | <NULL> |    4 |
|       2 | <NULL> |    3 |
|  <NULL> | <NULL> |    8 |
+---------+--------+------+
3 rows in set

SELECT auction, bidder, GROUPING(bidder) AS g, COUNT(DISTINCT url) AS urls FROM bids GROUP BY auction, ROLLUP (bidder)
----
+---------+--------+---+------+
| auction | bidder | g | urls |
+---------+--------+---+------+
|       1 |     10 | 0 |    2 |
|       1 |     11 | 0 |    1 |
|       1 |     12 | 0 |    1 |
|       1 | <NULL> | 1 |    4 |
|       2 |     10 | 0 |    1 |
|       2 |     11 | 0 |    1 |
|       2 |     12 | 0 |    1 |
|       2 | <NULL> | 1 |    3 |
|       3 |     13 | 0 |    1 |
|       3 | <NULL> | 1 |    1 |
+---------+--------+---+------+
10 rows in set

-- Over an updating input: each update retracts the old row from every grouping set.
SELECT auction, bids, COUNT(*) AS bidders, SUM(bids) AS all_bids FROM (SELECT auction, bidder, COUNT(*) AS bids FROM bids GROUP BY auction, bidder) GROUP BY CUBE (auction, bids)
----
+---------+--------+---------+----------+
| auction |   bids | bidders | all_bids |
+---------+--------+---------+----------+
|       1 |      1 |       2 |        2 |
|       1 |      2 |       1 |        2 |
|       1 | <NULL> |       3 |        4 |
|       2 |      1 |       3 |        3 |
|       2 | <NULL> |       3 |        3 |
|       3 |      1 |       1 |        1 |
|       3 | <NULL> |       1 |        1 |
|  <NULL> |      1 |       6 |        6 |
|  <NULL> |      2 |       1 |        2 |
|  <NULL> | <NULL> |       7 |        8 |
+---------+--------+---------+----------+
10 rows in set

SELECT GROUPING_ID(auction) AS gid, SUM(price) AS total FROM bids GROUP BY GROUPING SETS ((auction), ()) HAVING GROUPING_ID(auction) = 1
----
+-----+-------+
| gid | total |
+-----+-------+
|   1 |   123 |
+-----+-------+
1 row in set

-- A repeated grouping set gives its rows twice, told apart by GROUP_ID().
SELECT auction, GROUP_ID() AS gi, COUNT(*) AS bids FROM bids GROUP BY GROUPING SETS ((auction), (auction), ())
----
+---------+----+------+
| auction | gi | bids |
+---------+----+------+
|       1 |  0 |    4 |
|       1 |  1 |    4 |
|       2 |  0 |    3 |
|       2 |  1 |    3 |
|       3 |  0 |    1 |
|       3 |  1 |    1 |
|  <NULL> |  0 |    8 |
+---------+----+------+
7 rows in set
