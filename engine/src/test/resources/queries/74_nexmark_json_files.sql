-- The Nexmark queries over JSON files instead of the generator: the generator's events (the same
-- 5,000 events, seed 42, as 70-72) are written to JSON files by INSERT jobs, then q0, q1, q2, q3,
-- q5, q7 and q11 read the files. Their results must equal those over the generator in 70, 71 and 72.
CREATE TABLE person_generator (
  id BIGINT, name VARCHAR, emailAddress VARCHAR, creditCard VARCHAR, city VARCHAR, state VARCHAR,
  `dateTime` TIMESTAMP(3), extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'nexmark', 'table' = 'person', 'max-events' = '5000', 'events-per-second' = '10000', 'seed' = '42')
----
[INFO] Execute statement succeeded.

CREATE TABLE auction_generator (
  id BIGINT, itemName VARCHAR, description VARCHAR, initialBid BIGINT, reserve BIGINT,
  `dateTime` TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'nexmark', 'table' = 'auction', 'max-events' = '5000', 'events-per-second' = '10000', 'seed' = '42')
----
[INFO] Execute statement succeeded.

CREATE TABLE bid_generator (
  auction BIGINT, bidder BIGINT, price BIGINT, channel VARCHAR, url VARCHAR,
  `dateTime` TIMESTAMP(3), extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'nexmark', 'table' = 'bid', 'max-events' = '5000', 'events-per-second' = '10000', 'seed' = '42')
----
[INFO] Execute statement succeeded.

CREATE TABLE person (
  id BIGINT, name VARCHAR, emailAddress VARCHAR, creditCard VARCHAR, city VARCHAR, state VARCHAR,
  `dateTime` TIMESTAMP(3), extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${tmp}/person', 'format' = 'json')
----
[INFO] Execute statement succeeded.

CREATE TABLE auction (
  id BIGINT, itemName VARCHAR, description VARCHAR, initialBid BIGINT, reserve BIGINT,
  `dateTime` TIMESTAMP(3), expires TIMESTAMP(3), seller BIGINT, category BIGINT, extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${tmp}/auction', 'format' = 'json')
----
[INFO] Execute statement succeeded.

CREATE TABLE bid (
  auction BIGINT, bidder BIGINT, price BIGINT, channel VARCHAR, url VARCHAR,
  `dateTime` TIMESTAMP(3), extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'filesystem', 'path' = '${tmp}/bid', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SET 'table.dml-sync' = 'true'
----
[INFO] Execute statement succeeded.

INSERT INTO person SELECT * FROM person_generator
----
[INFO] Execute statement succeeded.

INSERT INTO auction SELECT * FROM auction_generator
----
[INFO] Execute statement succeeded.

INSERT INTO bid SELECT * FROM bid_generator
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

-- q3: local item suggestion.
SELECT COUNT(*) AS num_rows, COUNT(DISTINCT name) AS sellers, SUM(id) AS sum_id, MIN(state) AS min_state, MAX(state) AS max_state FROM (
  SELECT
      P.name, P.city, P.state, A.id
  FROM
      auction AS A INNER JOIN person AS P ON A.seller = P.id
  WHERE
      A.category = 10 AND (P.state = 'OR' OR P.state = 'ID' OR P.state = 'CA')
)
----
+----------+---------+--------+-----------+-----------+
| num_rows | sellers | sum_id | min_state | max_state |
+----------+---------+--------+-----------+-----------+
|        9 |       8 |   9859 |        CA |        OR |
+----------+---------+--------+-----------+-----------+
1 row in set

-- q5: hot items, the auctions with the most bids per 10-second window sliding by 2 seconds.
SELECT COUNT(*) AS num_rows, COUNT(DISTINCT auction) AS auctions, SUM(num) AS sum_num, MAX(num) AS max_num FROM (
  SELECT AuctionBids.auction, AuctionBids.num
   FROM (
     SELECT
       auction,
       COUNT(*) AS num,
       window_start AS starttime,
       window_end AS endtime
       FROM TABLE(
               HOP(TABLE bid, DESCRIPTOR(`dateTime`), INTERVAL '2' SECOND, INTERVAL '10' SECOND))
       GROUP BY auction, window_start, window_end
   ) AS AuctionBids
   JOIN (
     SELECT
       MAX(CountBids.num) AS maxn,
       CountBids.starttime,
       CountBids.endtime
     FROM (
       SELECT
         COUNT(*) AS num,
         window_start AS starttime,
         window_end AS endtime
       FROM TABLE(
                  HOP(TABLE bid, DESCRIPTOR(`dateTime`), INTERVAL '2' SECOND, INTERVAL '10' SECOND))
       GROUP BY auction, window_start, window_end
       ) AS CountBids
     GROUP BY CountBids.starttime, CountBids.endtime
   ) AS MaxBids
   ON AuctionBids.starttime = MaxBids.starttime AND
      AuctionBids.endtime = MaxBids.endtime AND
      AuctionBids.num >= MaxBids.maxn
)
----
+----------+----------+---------+---------+
| num_rows | auctions | sum_num | max_num |
+----------+----------+---------+---------+
|        5 |        1 |    3970 |     794 |
+----------+----------+---------+---------+
1 row in set

-- q7: the highest bids of each 10-second window.
SELECT auction, bidder, price, `dateTime` FROM (
  SELECT B.auction, B.bidder, B.price, B.`dateTime`, B.extra
  FROM bid B
  JOIN (
    SELECT MAX(price) AS maxprice, window_end AS `dateTime`
    FROM TABLE(
            TUMBLE(TABLE bid, DESCRIPTOR(`dateTime`), INTERVAL '10' SECOND))
    GROUP BY window_start, window_end
  ) B1
  ON B.price = B1.maxprice
  WHERE B.`dateTime` BETWEEN B1.`dateTime` - INTERVAL '10' SECOND AND B1.`dateTime`
)
----
+---------+--------+----------+-------------------------+
| auction | bidder |    price |                dateTime |
+---------+--------+----------+-------------------------+
|    1024 |   1034 | 99899309 | 2020-01-01 00:00:00.138 |
+---------+--------+----------+-------------------------+
1 row in set

-- q11: bids per bidder session (10-second gap), legacy group window.
SELECT COUNT(*) AS sessions, COUNT(DISTINCT bidder) AS bidders, SUM(bid_count) AS bids, MAX(bid_count) AS max_bids,
  MIN(starttime) AS first_start, MAX(endtime) AS last_end, MIN(EXTRACT(MILLISECOND FROM endtime) - EXTRACT(MILLISECOND FROM starttime)) AS shortest_ms FROM (
  SELECT
      B.bidder,
      COUNT(*) AS bid_count,
      SESSION_START(B.`dateTime`, INTERVAL '10' SECOND) AS starttime,
      SESSION_END(B.`dateTime`, INTERVAL '10' SECOND) AS endtime
  FROM bid B
  GROUP BY B.bidder, SESSION(B.`dateTime`, INTERVAL '10' SECOND)
)
----
+----------+---------+------+----------+-------------------------+-------------------------+-------------+
| sessions | bidders | bids | max_bids |             first_start |                last_end | shortest_ms |
+----------+---------+------+----------+-------------------------+-------------------------+-------------+
|      100 |     100 | 4600 |     3466 | 2020-01-01 00:00:00.000 | 2020-01-01 00:00:10.499 |       10000 |
+----------+---------+------+----------+-------------------------+-------------------------+-------------+
1 row in set
