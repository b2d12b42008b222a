-- Top-N by RANK() and DENSE_RANK() (Flink ranks streams by ROW_NUMBER only; these follow the SQL
-- standard): rows tied on the ORDER BY share a rank, so a range can hold more rows than its size.
-- Sales: fruit cherry 70, apple/banana/elder 50, date 30; veg kale/leek 15, carrot/onion 5,
-- pea 1; drink tea 40.
CREATE TABLE products (item STRING, category STRING, sales INT) WITH ('connector' = 'filesystem', 'path' = '${resources}/rank_ties.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

-- RANK: the three 50s share rank 2; in veg the two 15s share rank 1 and the 5s are rank 3.
SELECT category, item, sales, r FROM (
  SELECT *, RANK() OVER (PARTITION BY category ORDER BY sales DESC) AS r
  FROM products)
WHERE r <= 2
----
+----------+--------+-------+---+
| category |   item | sales | r |
+----------+--------+-------+---+
|    drink |    tea |    40 | 1 |
|    fruit |  apple |    50 | 2 |
|    fruit | banana |    50 | 2 |
|    fruit | cherry |    70 | 1 |
|    fruit |  elder |    50 | 2 |
|      veg |   kale |    15 | 1 |
|      veg |   leek |    15 | 1 |
+----------+--------+-------+---+
7 rows in set

-- DENSE_RANK leaves no gap: the 5s in veg are rank 2.
SELECT category, item, sales, r FROM (
  SELECT *, DENSE_RANK() OVER (PARTITION BY category ORDER BY sales DESC) AS r
  FROM products)
WHERE r <= 2
----
+----------+--------+-------+---+
| category |   item | sales | r |
+----------+--------+-------+---+
|    drink |    tea |    40 | 1 |
|    fruit |  apple |    50 | 2 |
|    fruit | banana |    50 | 2 |
|    fruit | cherry |    70 | 1 |
|    fruit |  elder |    50 | 2 |
|      veg | carrot |     5 | 2 |
|      veg |   kale |    15 | 1 |
|      veg |   leek |    15 | 1 |
|      veg |  onion |     5 | 2 |
+----------+--------+-------+---+
9 rows in set

-- Without the rank selected, and with a range that starts after 1.
SELECT item FROM (
  SELECT *, DENSE_RANK() OVER (PARTITION BY category ORDER BY sales DESC) AS r
  FROM products)
WHERE r BETWEEN 2 AND 3
----
+--------+
|   item |
+--------+
|  apple |
| banana |
| carrot |
|   date |
|  elder |
|  onion |
|    pea |
+--------+
7 rows in set

-- RANK over an updating input (totals per category change as rows arrive): fruit 250,
-- veg 41 and drink 40, which ranks third.
SELECT category, total, r FROM (
  SELECT category, total, RANK() OVER (ORDER BY total DESC) AS r
  FROM (SELECT category, SUM(sales) AS total FROM products GROUP BY category))
WHERE r <= 2
----
+----------+-------+---+
| category | total | r |
+----------+-------+---+
|    fruit |   250 | 1 |
|      veg |    41 | 2 |
+----------+-------+---+
2 rows in set

-- Window Top-N by RANK and DENSE_RANK over 10-second tumbling windows of bids.json (second:
-- auction/bidder/price): 01: 1/10/5, 03: 2/11/20, 04: 1/12/7, 08: 1/10/9, 12: 2/10/30,
-- 15: 3/13/1, 21: 1/11/11, 40: 2/12/40. Ranked by bidder, so bidder 10's two bids in [00, 10) tie.
CREATE TABLE bids (auction BIGINT, bidder BIGINT, price BIGINT, url STRING, ts TIMESTAMP(3), WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) WITH ('connector' = 'filesystem', 'path' = '${resources}/bids.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT window_start, bidder, price, r FROM (
  SELECT window_start, window_end, bidder, price,
    RANK() OVER (PARTITION BY window_start, window_end ORDER BY bidder) AS r
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)))
WHERE r <= 2
----
+-------------------------+--------+-------+---+
|            window_start | bidder | price | r |
+-------------------------+--------+-------+---+
| 2024-01-01 10:00:00.000 |     10 |     5 | 1 |
| 2024-01-01 10:00:00.000 |     10 |     9 | 1 |
| 2024-01-01 10:00:10.000 |     10 |    30 | 1 |
| 2024-01-01 10:00:10.000 |     13 |     1 | 2 |
| 2024-01-01 10:00:20.000 |     11 |    11 | 1 |
| 2024-01-01 10:00:40.000 |     12 |    40 | 1 |
+-------------------------+--------+-------+---+
6 rows in set

SELECT window_start, bidder, price, r FROM (
  SELECT window_start, window_end, bidder, price,
    DENSE_RANK() OVER (PARTITION BY window_start, window_end ORDER BY bidder) AS r
  FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(ts), INTERVAL '10' SECOND)))
WHERE r <= 2
----
+-------------------------+--------+-------+---+
|            window_start | bidder | price | r |
+-------------------------+--------+-------+---+
| 2024-01-01 10:00:00.000 |     10 |     5 | 1 |
| 2024-01-01 10:00:00.000 |     10 |     9 | 1 |
| 2024-01-01 10:00:00.000 |     11 |    20 | 2 |
| 2024-01-01 10:00:10.000 |     10 |    30 | 1 |
| 2024-01-01 10:00:10.000 |     13 |     1 | 2 |
| 2024-01-01 10:00:20.000 |     11 |    11 | 1 |
| 2024-01-01 10:00:40.000 |     12 |    40 | 1 |
+-------------------------+--------+-------+---+
7 rows in set
