-- Nexmark q15, q16, q17, q18 and q19 (unbounded aggregates, deduplication, Top-N) as Flink's
-- nexmark project writes them, over the bounded generator: 5,000 events at 10,000 events/s,
-- seed 42. Each query is the inner SELECT; the outer aggregate keeps the expected output short.
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

-- q15: bidding statistics per day, distinct counts with filters.
SELECT
     DATE_FORMAT(`dateTime`, 'yyyy-MM-dd') AS `day`,
     COUNT(*) AS total_bids,
     COUNT(*) FILTER (WHERE price < 10000) AS rank1_bids,
     COUNT(*) FILTER (WHERE price >= 10000 AND price < 1000000) AS rank2_bids,
     COUNT(*) FILTER (WHERE price >= 1000000) AS rank3_bids,
     COUNT(DISTINCT bidder) AS total_bidders,
     COUNT(DISTINCT bidder) FILTER (WHERE price < 10000) AS rank1_bidders,
     COUNT(DISTINCT bidder) FILTER (WHERE price >= 10000 AND price < 1000000) AS rank2_bidders,
     COUNT(DISTINCT bidder) FILTER (WHERE price >= 1000000) AS rank3_bidders,
     COUNT(DISTINCT auction) AS total_auctions,
     COUNT(DISTINCT auction) FILTER (WHERE price < 10000) AS rank1_auctions,
     COUNT(DISTINCT auction) FILTER (WHERE price >= 10000 AND price < 1000000) AS rank2_auctions,
     COUNT(DISTINCT auction) FILTER (WHERE price >= 1000000) AS rank3_auctions
FROM bid
GROUP BY DATE_FORMAT(`dateTime`, 'yyyy-MM-dd')
----
+------------+------------+------------+------------+------------+---------------+---------------+---------------+---------------+----------------+----------------+----------------+----------------+
|        day | total_bids | rank1_bids | rank2_bids | rank3_bids | total_bidders | rank1_bidders | rank2_bidders | rank3_bidders | total_auctions | rank1_auctions | rank2_auctions | rank3_auctions |
+------------+------------+------------+------------+------------+---------------+---------------+---------------+---------------+----------------+----------------+----------------+----------------+
| 2020-01-01 |       4600 |       1516 |       1517 |       1567 |           100 |            89 |            87 |            92 |            295 |            256 |            251 |            263 |
+------------+------------+------------+------------+------------+---------------+---------------+---------------+---------------+----------------+----------------+----------------+----------------+
1 row in set

-- q16: channel statistics per day, summed over the channels.
SELECT COUNT(*) AS num_rows, MAX(`minute`) AS last_minute, SUM(total_bids) AS total_bids, SUM(rank1_bids) AS rank1_bids, SUM(total_bidders) AS total_bidders, SUM(rank3_auctions) AS rank3_auctions FROM (
  SELECT
      channel,
      DATE_FORMAT(`dateTime`, 'yyyy-MM-dd') AS `day`,
      MAX(DATE_FORMAT(`dateTime`, 'HH:mm')) AS `minute`,
      COUNT(*) AS total_bids,
      COUNT(*) FILTER (WHERE price < 10000) AS rank1_bids,
      COUNT(*) FILTER (WHERE price >= 10000 AND price < 1000000) AS rank2_bids,
      COUNT(*) FILTER (WHERE price >= 1000000) AS rank3_bids,
      COUNT(DISTINCT bidder) AS total_bidders,
      COUNT(DISTINCT bidder) FILTER (WHERE price < 10000) AS rank1_bidders,
      COUNT(DISTINCT bidder) FILTER (WHERE price >= 10000 AND price < 1000000) AS rank2_bidders,
      COUNT(DISTINCT bidder) FILTER (WHERE price >= 1000000) AS rank3_bidders,
      COUNT(DISTINCT auction) AS total_auctions,
      COUNT(DISTINCT auction) FILTER (WHERE price < 10000) AS rank1_auctions,
      COUNT(DISTINCT auction) FILTER (WHERE price >= 10000 AND price < 1000000) AS rank2_auctions,
      COUNT(DISTINCT auction) FILTER (WHERE price >= 1000000) AS rank3_auctions
  FROM bid
  GROUP BY channel, DATE_FORMAT(`dateTime`, 'yyyy-MM-dd')
)
----
+----------+-------------+------------+------------+---------------+----------------+
| num_rows | last_minute | total_bids | rank1_bids | total_bidders | rank3_auctions |
+----------+-------------+------------+------------+---------------+----------------+
|     2074 |       00:00 |       4600 |       1516 |          2437 |           1128 |
+----------+-------------+------------+------------+---------------+----------------+
1 row in set

-- q17: auction statistics per day.
SELECT COUNT(*) AS num_rows, SUM(total_bids) AS total_bids, SUM(rank2_bids) AS rank2_bids, MIN(min_price) AS min_price, MAX(max_price) AS max_price, SUM(avg_price) AS sum_avg, SUM(sum_price) AS sum_price FROM (
  SELECT
       auction,
       DATE_FORMAT(`dateTime`, 'yyyy-MM-dd') AS `day`,
       COUNT(*) AS total_bids,
       COUNT(*) FILTER (WHERE price < 10000) AS rank1_bids,
       COUNT(*) FILTER (WHERE price >= 10000 AND price < 1000000) AS rank2_bids,
       COUNT(*) FILTER (WHERE price >= 1000000) AS rank3_bids,
       MIN(price) AS min_price,
       MAX(price) AS max_price,
       AVG(price) AS avg_price,
       SUM(price) AS sum_price
  FROM bid
  GROUP BY auction, DATE_FORMAT(`dateTime`, 'yyyy-MM-dd')
)
----
+----------+------------+------------+-----------+-----------+------------+-------------+
| num_rows | total_bids | rank2_bids | min_price | max_price |    sum_avg |   sum_price |
+----------+------------+------------+-----------+-----------+------------+-------------+
|      295 |       4600 |       1517 |       100 |  99899309 | 2344115870 | 35020613774 |
+----------+------------+------------+-----------+-----------+------------+-------------+
1 row in set

-- q18: the last bid of each bidder on each auction (deduplication). Bids of one bidder on one
-- auction in the same millisecond tie, and which of them is kept depends on arrival order, so
-- only figures the tie does not change are shown.
SELECT COUNT(*) AS num_rows, SUM(auction) AS sum_auction, SUM(bidder) AS sum_bidder, MAX(`dateTime`) AS last_time FROM (
  SELECT auction, bidder, price, channel, url, `dateTime`, extra
   FROM (SELECT *, ROW_NUMBER() OVER (PARTITION BY bidder, auction ORDER BY `dateTime` DESC) AS rank_number
         FROM bid)
   WHERE rank_number <= 1
)
----
+----------+-------------+------------+-------------------------+
| num_rows | sum_auction | sum_bidder |               last_time |
+----------+-------------+------------+-------------------------+
|     1021 |     1149098 |    1045318 | 2020-01-01 00:00:00.499 |
+----------+-------------+------------+-------------------------+
1 row in set

-- q19: the ten highest bids of each auction (Top-N).
SELECT COUNT(*) AS num_rows, COUNT(DISTINCT auction) AS auctions, SUM(price) AS sum_price, SUM(rank_number) AS sum_rank FROM (
  SELECT * FROM
  (SELECT *, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY price DESC) AS rank_number FROM bid)
  WHERE rank_number <= 10
)
----
+----------+----------+-------------+----------+
| num_rows | auctions |   sum_price | sum_rank |
+----------+----------+-------------+----------+
|     2017 |      295 | 19979277971 |     9076 |
+----------+----------+-------------+----------+
1 row in set
