-- The Nexmark source tables for the benchmark queries: Eddy's nexmark connector generates each
-- stream directly (Flink's nexmark project reads one combined table and splits it with views; the
-- column names and types are the same). ${TPS} is the event rate (events of all kinds per second)
-- and ${EVENTS_NUM} the number of events, 0 for an unbounded run. The same seed in the three
-- tables gives one consistent set of persons, auctions and bids.
CREATE TABLE person (
  id BIGINT,
  name VARCHAR,
  emailAddress VARCHAR,
  creditCard VARCHAR,
  city VARCHAR,
  state VARCHAR,
  `dateTime` TIMESTAMP(3),
  extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'nexmark', 'table' = 'person', 'events-per-second' = '${TPS}', 'max-events' = '${EVENTS_NUM}', 'seed' = '42');

CREATE TABLE auction (
  id BIGINT,
  itemName VARCHAR,
  description VARCHAR,
  initialBid BIGINT,
  reserve BIGINT,
  `dateTime` TIMESTAMP(3),
  expires TIMESTAMP(3),
  seller BIGINT,
  category BIGINT,
  extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'nexmark', 'table' = 'auction', 'events-per-second' = '${TPS}', 'max-events' = '${EVENTS_NUM}', 'seed' = '42');

CREATE TABLE bid (
  auction BIGINT,
  bidder BIGINT,
  price BIGINT,
  channel VARCHAR,
  url VARCHAR,
  `dateTime` TIMESTAMP(3),
  extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'nexmark', 'table' = 'bid', 'events-per-second' = '${TPS}', 'max-events' = '${EVENTS_NUM}', 'seed' = '42');
