-- The Nexmark source tables over Kafka topics, for the benchmark's kafka source: one topic per
-- table, ${TOPIC_PREFIX}person, ${TOPIC_PREFIX}auction and ${TOPIC_PREFIX}bid, one partition each,
-- holding the JSON lines `bin/eddy-bench generate --source kafka` writes (the generator's events).
-- Each table reads from the earliest offset up to ${PERSON_END}, ${AUCTION_END}, ${BID_END}, so
-- a run ends once the events it was given are read.
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
) WITH ('connector' = 'kafka', 'topic' = '${TOPIC_PREFIX}person',
  'properties.bootstrap.servers' = '${BOOTSTRAP_SERVERS}', 'properties.group.id' = 'eddy-bench',
  'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = 'specific-offsets',
  'scan.bounded.specific-offsets' = 'partition:0,offset:${PERSON_END}', 'format' = 'json');

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
) WITH ('connector' = 'kafka', 'topic' = '${TOPIC_PREFIX}auction',
  'properties.bootstrap.servers' = '${BOOTSTRAP_SERVERS}', 'properties.group.id' = 'eddy-bench',
  'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = 'specific-offsets',
  'scan.bounded.specific-offsets' = 'partition:0,offset:${AUCTION_END}', 'format' = 'json');

CREATE TABLE bid (
  auction BIGINT,
  bidder BIGINT,
  price BIGINT,
  channel VARCHAR,
  url VARCHAR,
  `dateTime` TIMESTAMP(3),
  extra VARCHAR,
  WATERMARK FOR `dateTime` AS `dateTime` - INTERVAL '4' SECOND
) WITH ('connector' = 'kafka', 'topic' = '${TOPIC_PREFIX}bid',
  'properties.bootstrap.servers' = '${BOOTSTRAP_SERVERS}', 'properties.group.id' = 'eddy-bench',
  'scan.startup.mode' = 'earliest-offset', 'scan.bounded.mode' = 'specific-offsets',
  'scan.bounded.specific-offsets' = 'partition:0,offset:${BID_END}', 'format' = 'json');
