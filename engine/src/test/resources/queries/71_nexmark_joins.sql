-- Nexmark q3, q4, q9 and q20 (regular joins and Top-1 over a join) as Flink's nexmark project
-- writes them, over the bounded generator: 5,000 events at 10,000 events/s, seed 42. Each query
-- is the inner SELECT; the outer aggregate keeps the expected output short. NexmarkQueriesTest
-- recomputes q3.
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

-- q4: average winning bid price per category.
SELECT category, CAST(avg_final AS BIGINT) AS avg_final FROM (
  SELECT
      Q.category,
      AVG(Q.final) AS avg_final
  FROM (
      SELECT MAX(B.price) AS final, A.category
      FROM auction A, bid B
      WHERE A.id = B.auction AND B.`dateTime` BETWEEN A.`dateTime` AND A.expires
      GROUP BY A.id, A.category
  ) Q
  GROUP BY Q.category
)
----
+----------+-----------+
| category | avg_final |
+----------+-----------+
|       10 |  32957601 |
|       11 |  29408710 |
|       12 |  31037185 |
|       13 |  29914912 |
|       14 |  30365671 |
+----------+-----------+
5 rows in set

-- q9: the winning bid of each auction.
SELECT COUNT(*) AS num_rows, SUM(price) AS sum_price, SUM(bidder) AS sum_bidder, MAX(bid_dateTime) AS last_bid FROM (
  SELECT
      id, itemName, description, initialBid, reserve, `dateTime`, expires, seller, category, extra,
      auction, bidder, price, bid_dateTime, bid_extra
  FROM (
     SELECT A.*, B.auction, B.bidder, B.price, B.`dateTime` AS bid_dateTime, B.extra AS bid_extra,
       ROW_NUMBER() OVER (PARTITION BY A.id ORDER BY B.price DESC, B.`dateTime` ASC) AS rownum
     FROM auction A, bid B
     WHERE A.id = B.auction AND B.`dateTime` BETWEEN A.`dateTime` AND A.expires
  )
  WHERE rownum <= 1
)
----
+----------+------------+------------+-------------------------+
| num_rows |  sum_price | sum_bidder |                last_bid |
+----------+------------+------------+-------------------------+
|      264 | 8077588449 |     266615 | 2020-01-01 00:00:00.496 |
+----------+------------+------------+-------------------------+
1 row in set

-- q20: bids expanded with their auction, for category 10.
SELECT COUNT(*) AS num_rows, COUNT(DISTINCT auction) AS auctions, SUM(price) AS sum_price, MAX(itemName) AS max_item FROM (
  SELECT
      auction, bidder, price, channel, url, B.`dateTime` AS bid_dateTime, B.extra AS bid_extra,
      itemName, description, initialBid, reserve, A.`dateTime` AS auction_dateTime, expires, seller, category, A.extra AS auction_extra
  FROM
      bid AS B INNER JOIN auction AS A ON B.auction = A.id
  WHERE A.category = 10
)
----
+----------+----------+------------+-------------+
| num_rows | auctions |  sum_price |    max_item |
+----------+----------+------------+-------------+
|     1119 |       46 | 8129889084 | zx ykdemfgq |
+----------+----------+------------+-------------+
1 row in set
