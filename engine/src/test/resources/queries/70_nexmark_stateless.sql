-- Nexmark q0, q1, q2, q14, q21 and q22 (projections and filters) as Flink's nexmark project
-- writes them, over the bounded generator: 5,000 events at 10,000 events/s (it emits at that
-- rate, so half a second; 4,600 bids), seed 42. Each query is the inner SELECT; the outer
-- aggregate keeps the expected output short. NexmarkQueriesTest recomputes q0, q1 and q2.
CREATE TABLE person (
  id BIGINT, name VARCHAR, emailAddress VARCHAR, creditCard VARCHAR, city VARCHAR, state VARCHAR,
  `dateTime` TIMESTAMP(3), extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'nexmark', 'table' = 'person', 'max-events' = '5000', 'events-per-second' = '10000', 'seed' = '42')
----
[INFO] Execute statement succeeded.

CREATE TABLE auction (
  id BIGINT, itemName VARCHAR, description VARCHAR, initialBid BIGINT, reserve BIGINT,
  `dateTime` TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'nexmark', 'table' = 'auction', 'max-events' = '5000', 'events-per-second' = '10000', 'seed' = '42')
----
[INFO] Execute statement succeeded.

CREATE TABLE bid (
  auction BIGINT, bidder BIGINT, price BIGINT, channel VARCHAR, url VARCHAR,
  `dateTime` TIMESTAMP(3), extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'nexmark', 'table' = 'bid', 'max-events' = '5000', 'events-per-second' = '10000', 'seed' = '42')
----
[INFO] Execute statement succeeded.

-- q0: pass through.
SELECT COUNT(*) AS num_rows, SUM(price) AS sum_price, MIN(`dateTime`) AS first_time, MAX(`dateTime`) AS last_time FROM (
  SELECT auction, bidder, price, `dateTime`, extra FROM bid
)
----
+----------+-------------+-------------------------+-------------------------+
| num_rows |   sum_price |              first_time |               last_time |
+----------+-------------+-------------------------+-------------------------+
|     4600 | 35020613774 | 2020-01-01 00:00:00.000 | 2020-01-01 00:00:00.499 |
+----------+-------------+-------------------------+-------------------------+
1 row in set

-- q1: currency conversion (dollars to euros).
SELECT COUNT(*) AS num_rows, SUM(price) AS sum_price, MAX(price) AS max_price FROM (
  SELECT auction, bidder, 0.908 * price AS price, `dateTime`, extra FROM bid
)
----
+----------+-----------------+--------------+
| num_rows |       sum_price |    max_price |
+----------+-----------------+--------------+
|     4600 | 31798717306.792 | 90708572.572 |
+----------+-----------------+--------------+
1 row in set

-- q2: selection of bids on every 123rd auction.
SELECT auction, COUNT(*) AS bids, SUM(price) AS sum_price FROM (
  SELECT auction, price FROM bid WHERE MOD(auction, 123) = 0
) GROUP BY auction
----
+---------+------+-----------+
| auction | bids | sum_price |
+---------+------+-----------+
|    1107 |    8 |  41244717 |
|    1230 |    5 |  57098662 |
+---------+------+-----------+
2 rows in set

-- q14: Flink registers the nexmark jar's Java UDF; Eddy's implementation is on the class path.
CREATE FUNCTION count_char AS 'io.eddy.connectors.nexmark.CountChar'
----
[INFO] Execute statement succeeded.

-- q14: calculation with a UDF; sum_c_check counts the 'c's with built-in functions instead.
SELECT bidTimeType, COUNT(*) AS num_rows, SUM(price) AS sum_price, SUM(c_counts) AS sum_c_counts, MAX(c_counts) AS max_c_counts,
    SUM(CHAR_LENGTH(extra) - CHAR_LENGTH(REPLACE(extra, 'c', ''))) AS sum_c_check FROM (
  SELECT
      auction,
      bidder,
      0.908 * price AS price,
      CASE
          WHEN HOUR(`dateTime`) >= 8 AND HOUR(`dateTime`) <= 18 THEN 'dayTime'
          WHEN HOUR(`dateTime`) <= 6 OR HOUR(`dateTime`) >= 20 THEN 'nightTime'
          ELSE 'otherTime'
      END AS bidTimeType,
      `dateTime`,
      extra,
      count_char(extra, 'c') AS c_counts
  FROM bid
  WHERE 0.908 * price > 1000000 AND 0.908 * price < 50000000
) GROUP BY bidTimeType
----
+-------------+----------+-----------------+--------------+--------------+-------------+
| bidTimeType | num_rows |       sum_price | sum_c_counts | max_c_counts | sum_c_check |
+-------------+----------+-----------------+--------------+--------------+-------------+
|   nightTime |     1318 | 16118037676.020 |         3292 |            9 |        3292 |
+-------------+----------+-----------------+--------------+--------------+-------------+
1 row in set

-- q21: channel id from the channel name or the URL.
SELECT channel_id IS NULL AS no_id, COUNT(*) AS num_rows, COUNT(DISTINCT channel_id) AS ids, MIN(channel_id) AS min_id, MAX(channel_id) AS max_id FROM (
  SELECT
      auction, bidder, price, channel,
      CASE
          WHEN LOWER(channel) = 'apple' THEN '0'
          WHEN LOWER(channel) = 'google' THEN '1'
          WHEN LOWER(channel) = 'facebook' THEN '2'
          WHEN LOWER(channel) = 'baidu' THEN '3'
          ELSE REGEXP_EXTRACT(url, '(&|^)channel_id=([^&]*)', 2)
      END AS channel_id
  FROM bid
  WHERE REGEXP_EXTRACT(url, '(&|^)channel_id=([^&]*)', 2) IS NOT NULL
     OR LOWER(channel) IN ('apple', 'google', 'facebook', 'baidu')
) GROUP BY channel_id IS NULL
----
+-------+----------+------+--------+-----------+
| no_id | num_rows |  ids | min_id |    max_id |
+-------+----------+------+--------+-----------+
| FALSE |     3462 | 1013 |      0 | 999817216 |
+-------+----------+------+--------+-----------+
1 row in set

-- q22: the first directories of the bid URL.
SELECT COUNT(*) AS num_rows, COUNT(DISTINCT dir1) AS dirs1, COUNT(DISTINCT dir2) AS dirs2, COUNT(DISTINCT dir3) AS dirs3, MIN(dir1) AS min_dir1 FROM (
  SELECT
      auction, bidder, price, channel,
      SPLIT_INDEX(url, '/', 3) AS dir1,
      SPLIT_INDEX(url, '/', 4) AS dir2,
      SPLIT_INDEX(url, '/', 5) AS dir3
  FROM bid
)
----
+----------+-------+-------+-------+----------+
| num_rows | dirs1 | dirs2 | dirs3 | min_dir1 |
+----------+-------+-------+-------+----------+
|     4600 |  2043 |  2041 |  2027 |     ___a |
+----------+-------+-------+-------+----------+
1 row in set
