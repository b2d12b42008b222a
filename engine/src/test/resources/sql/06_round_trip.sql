-- the text of SHOW CREATE TABLE, run again, creates the same table
CREATE TEMPORARY TABLE events (
  id BIGINT NOT NULL,
  `user` STRING COMMENT 'who',
  payload ROW<kind STRING, tags ARRAY<STRING>>,
  ts TIMESTAMP_LTZ(3),
  `offset` BIGINT METADATA VIRTUAL,
  event_day AS CAST(ts AS DATE),
  WATERMARK FOR ts AS ts - INTERVAL '2' SECOND,
  PRIMARY KEY (id) NOT ENFORCED
) COMMENT 'raw events' PARTITIONED BY (`user`) WITH ('connector' = 'blackhole')
----
[INFO] Execute statement succeeded.

SHOW CREATE TABLE events
----
CREATE TEMPORARY TABLE `default_catalog`.`default_database`.`events` (
  `id` BIGINT NOT NULL,
  `user` STRING COMMENT 'who',
  `payload` ROW<`kind` STRING, `tags` ARRAY<STRING>>,
  `ts` TIMESTAMP_LTZ(3),
  `offset` BIGINT METADATA VIRTUAL,
  `event_day` AS CAST(`ts` AS DATE),
  WATERMARK FOR `ts` AS `ts` - INTERVAL '2' SECOND,
  CONSTRAINT `PK_id` PRIMARY KEY (`id`) NOT ENFORCED
)
COMMENT 'raw events'
PARTITIONED BY (`user`)
WITH (
  'connector' = 'blackhole'
)

DROP TEMPORARY TABLE events
----
[INFO] Execute statement succeeded.

-- pasted from the output above
CREATE TEMPORARY TABLE `default_catalog`.`default_database`.`events` (
  `id` BIGINT NOT NULL,
  `user` STRING COMMENT 'who',
  `payload` ROW<`kind` STRING, `tags` ARRAY<STRING>>,
  `ts` TIMESTAMP_LTZ(3),
  `offset` BIGINT METADATA VIRTUAL,
  `event_day` AS CAST(`ts` AS DATE),
  WATERMARK FOR `ts` AS `ts` - INTERVAL '2' SECOND,
  CONSTRAINT `PK_id` PRIMARY KEY (`id`) NOT ENFORCED
)
COMMENT 'raw events'
PARTITIONED BY (`user`)
WITH (
  'connector' = 'blackhole'
)
----
[INFO] Execute statement succeeded.

SHOW CREATE TABLE events
----
CREATE TEMPORARY TABLE `default_catalog`.`default_database`.`events` (
  `id` BIGINT NOT NULL,
  `user` STRING COMMENT 'who',
  `payload` ROW<`kind` STRING, `tags` ARRAY<STRING>>,
  `ts` TIMESTAMP_LTZ(3),
  `offset` BIGINT METADATA VIRTUAL,
  `event_day` AS CAST(`ts` AS DATE),
  WATERMARK FOR `ts` AS `ts` - INTERVAL '2' SECOND,
  CONSTRAINT `PK_id` PRIMARY KEY (`id`) NOT ENFORCED
)
COMMENT 'raw events'
PARTITIONED BY (`user`)
WITH (
  'connector' = 'blackhole'
)

EXECUTE INSERT INTO events SELECT id, `user`, payload, ts FROM events
----
[ERROR 42000] Connector 'blackhole' of table `default_catalog`.`default_database`.`events` can only be written to, not read from
