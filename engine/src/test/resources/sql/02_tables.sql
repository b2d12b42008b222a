-- CREATE TABLE with every kind of column, a watermark, a primary key and options
CREATE TABLE bids (
  auction BIGINT NOT NULL,
  bidder BIGINT,
  price BIGINT COMMENT 'in cents',
  url STRING,
  date_time TIMESTAMP(3),
  price_eur AS price / 100,
  WATERMARK FOR date_time AS date_time - INTERVAL '4' SECOND,
  PRIMARY KEY (auction, bidder) NOT ENFORCED
) COMMENT 'the bids' WITH ('connector' = 'datagen', 'rows-per-second' = '10')
----
[INFO] Execute statement succeeded.

CREATE TABLE bids (a INT) WITH ('connector' = 'datagen')
----
[ERROR 42000] line 1, column 14: Table `default_catalog`.`default_database`.`bids` already exists

CREATE TABLE IF NOT EXISTS bids (a INT) WITH ('connector' = 'datagen')
----
[INFO] Execute statement succeeded.

SHOW TABLES
----
+------------+
| table name |
+------------+
|       bids |
+------------+
1 row in set

DESCRIBE bids
----
+-----------+------------------------+-------+----------------------+------------------+-----------------------------------+
|      name |                   type |  null |                  key |           extras |                         watermark |
+-----------+------------------------+-------+----------------------+------------------+-----------------------------------+
|   auction |                 BIGINT | FALSE | PRI(auction, bidder) |           <NULL> |                            <NULL> |
|    bidder |                 BIGINT | FALSE | PRI(auction, bidder) |           <NULL> |                            <NULL> |
|     price |                 BIGINT |  TRUE |               <NULL> |           <NULL> |                            <NULL> |
|       url |                 STRING |  TRUE |               <NULL> |           <NULL> |                            <NULL> |
| date_time | TIMESTAMP(3) *ROWTIME* |  TRUE |               <NULL> |           <NULL> | `date_time` - INTERVAL '4' SECOND |
| price_eur |                 BIGINT |  TRUE |               <NULL> | AS `price` / 100 |                            <NULL> |
+-----------+------------------------+-------+----------------------+------------------+-----------------------------------+
6 rows in set

SHOW COLUMNS FROM bids LIKE 'p%'
----
+-----------+--------+------+--------+------------------+-----------+
|      name |   type | null |    key |           extras | watermark |
+-----------+--------+------+--------+------------------+-----------+
|     price | BIGINT | TRUE | <NULL> |           <NULL> |    <NULL> |
| price_eur | BIGINT | TRUE | <NULL> | AS `price` / 100 |    <NULL> |
+-----------+--------+------+--------+------------------+-----------+
2 rows in set

SHOW COLUMNS FROM bids NOT LIKE '%e%'
----
+---------+--------+-------+----------------------+--------+-----------+
|    name |   type |  null |                  key | extras | watermark |
+---------+--------+-------+----------------------+--------+-----------+
| auction | BIGINT | FALSE | PRI(auction, bidder) | <NULL> |    <NULL> |
|     url | STRING |  TRUE |               <NULL> | <NULL> |    <NULL> |
+---------+--------+-------+----------------------+--------+-----------+
2 rows in set

SHOW CREATE TABLE bids
----
CREATE TABLE `default_catalog`.`default_database`.`bids` (
  `auction` BIGINT NOT NULL,
  `bidder` BIGINT NOT NULL,
  `price` BIGINT COMMENT 'in cents',
  `url` STRING,
  `date_time` TIMESTAMP(3),
  `price_eur` AS `price` / 100,
  WATERMARK FOR `date_time` AS `date_time` - INTERVAL '4' SECOND,
  CONSTRAINT `PK_auction_bidder` PRIMARY KEY (`auction`, `bidder`) NOT ENFORCED
)
COMMENT 'the bids'
WITH (
  'connector' = 'datagen',
  'rows-per-second' = '10'
)

CREATE TABLE copy LIKE bids
----
[INFO] Execute statement succeeded.

SHOW CREATE TABLE copy
----
CREATE TABLE `default_catalog`.`default_database`.`copy` (
  `auction` BIGINT NOT NULL,
  `bidder` BIGINT NOT NULL,
  `price` BIGINT COMMENT 'in cents',
  `url` STRING,
  `date_time` TIMESTAMP(3),
  `price_eur` AS `price` / 100,
  WATERMARK FOR `date_time` AS `date_time` - INTERVAL '4' SECOND,
  CONSTRAINT `PK_auction_bidder` PRIMARY KEY (`auction`, `bidder`) NOT ENFORCED
)
WITH (
  'connector' = 'datagen',
  'rows-per-second' = '10'
)

CREATE TABLE slim (extra INT) WITH ('number-of-rows' = '5') LIKE bids (EXCLUDING GENERATED EXCLUDING WATERMARKS)
----
[INFO] Execute statement succeeded.

SHOW CREATE TABLE slim
----
CREATE TABLE `default_catalog`.`default_database`.`slim` (
  `auction` BIGINT NOT NULL,
  `bidder` BIGINT NOT NULL,
  `price` BIGINT COMMENT 'in cents',
  `url` STRING,
  `date_time` TIMESTAMP(3),
  `extra` INT,
  CONSTRAINT `PK_auction_bidder` PRIMARY KEY (`auction`, `bidder`) NOT ENFORCED
)
WITH (
  'connector' = 'datagen',
  'rows-per-second' = '10',
  'number-of-rows' = '5'
)

CREATE TABLE twice (auction BIGINT) LIKE bids
----
[ERROR 42000] line 1, column 21: A column named 'auction' already exists in the base table

CREATE TABLE badlike LIKE nowhere
----
[ERROR 42S02] line 1, column 27: Source table `default_catalog`.`default_database`.`nowhere` of the LIKE clause does not exist

ALTER TABLE slim SET ('rows-per-second' = '99')
----
[INFO] Execute statement succeeded.

ALTER TABLE slim RESET ('number-of-rows')
----
[INFO] Execute statement succeeded.

SHOW CREATE TABLE slim
----
CREATE TABLE `default_catalog`.`default_database`.`slim` (
  `auction` BIGINT NOT NULL,
  `bidder` BIGINT NOT NULL,
  `price` BIGINT COMMENT 'in cents',
  `url` STRING,
  `date_time` TIMESTAMP(3),
  `extra` INT,
  CONSTRAINT `PK_auction_bidder` PRIMARY KEY (`auction`, `bidder`) NOT ENFORCED
)
WITH (
  'connector' = 'datagen',
  'rows-per-second' = '99'
)

ALTER TABLE slim RENAME TO thin
----
[INFO] Execute statement succeeded.

SHOW TABLES LIKE '%i%'
----
+------------+
| table name |
+------------+
|       bids |
|       thin |
+------------+
2 rows in set

ALTER TABLE nowhere SET ('a' = 'b')
----
[ERROR 42S02] line 1, column 1: Table `default_catalog`.`default_database`.`nowhere` does not exist

ALTER TABLE IF EXISTS nowhere SET ('a' = 'b')
----
[INFO] Execute statement succeeded.

CREATE TEMPORARY TABLE scratch (x INT) WITH ('connector' = 'datagen')
----
[INFO] Execute statement succeeded.

SHOW CREATE TABLE scratch
----
CREATE TEMPORARY TABLE `default_catalog`.`default_database`.`scratch` (
  `x` INT
)
WITH (
  'connector' = 'datagen'
)

ALTER TABLE scratch SET ('rows-per-second' = '1')
----
[ERROR 42000] line 1, column 13: ALTER TABLE is not supported for temporary table `default_catalog`.`default_database`.`scratch`
[HINT] Drop the temporary table and create it again

SHOW TABLES
----
+------------+
| table name |
+------------+
|       bids |
|       copy |
|    scratch |
|       thin |
+------------+
4 rows in set

DROP TABLE scratch
----
[ERROR 42000] line 1, column 12: Temporary table `default_catalog`.`default_database`.`scratch` shadows the permanent table; drop it first with DROP TEMPORARY TABLE

DROP TEMPORARY TABLE scratch
----
[INFO] Execute statement succeeded.

DROP TEMPORARY TABLE scratch
----
[ERROR 42S02] line 1, column 22: Temporary table `default_catalog`.`default_database`.`scratch` does not exist

DROP TABLE IF EXISTS scratch
----
[INFO] Execute statement succeeded.

DROP TABLE thin
----
[INFO] Execute statement succeeded.

DROP TABLE thin
----
[ERROR 42S02] line 1, column 12: Table `default_catalog`.`default_database`.`thin` does not exist

SHOW TABLES FROM default_catalog.default_database
----
+------------+
| table name |
+------------+
|       bids |
|       copy |
+------------+
2 rows in set

SHOW TABLES FROM nowhere
----
[ERROR 42000] line 1, column 18: Database `default_catalog`.`nowhere` does not exist

-- errors in definitions
CREATE TABLE bad (a INT, a BIGINT) WITH ('connector' = 'datagen')
----
[ERROR 42000] line 1, column 26: Column 'a' is declared twice

CREATE TABLE bad (a INT, b AS a + nope) WITH ('connector' = 'datagen')
----
[ERROR 42000] line 1, column 35: Column 'nope' not found in any table

CREATE TABLE bad (a INT, WATERMARK FOR a AS a) WITH ('connector' = 'datagen')
----
[ERROR 42000] line 1, column 40: Invalid data type of time field for watermark definition. The field must be of type TIMESTAMP(p) or TIMESTAMP_LTZ(p), the supported precision 'p' is from 0 to 3, but the time field type is INT

CREATE TABLE bad (a INT, PRIMARY KEY (b) NOT ENFORCED) WITH ('connector' = 'datagen')
----
[ERROR 42000] line 1, column 39: Primary key column 'b' is not a column of the table
[HINT] Did you mean 'a'?

CREATE TABLE bad (a INT) WITH ('connector' = 'datagne')
----
[ERROR 42000] line 1, column 31: Unknown connector 'datagne'. Did you mean 'datagen'? Available connectors: blackhole, datagen, filesystem, kafka, kinesis, nexmark, print, secretive, upsert-kafka

CREATE TABLE bad (a INT) WITH ('connector' = 'datagen', 'rows-per-second' = 'fast')
----
[ERROR 42000] line 1, column 31: Invalid value 'fast' for option 'rows-per-second': expected a long integer such as '1000'

CREATE TABLE bad (a INT) WITH ('connector' = 'datagen', 'no-such-option' = '1')
----
[ERROR 42000] line 1, column 31: Unsupported option 'no-such-option' for connector 'datagen'. Supported options: fields.#.end, fields.#.kind, fields.#.length, fields.#.max, fields.#.max-past, fields.#.min, fields.#.null-rate, fields.#.start, fields.#.var-len, number-of-rows, ... (2 more)

CREATE TABLE bad (a INT) WITH ('connector' = 'datagen'
----
[ERROR 42000] line 1, column 54: Syntax error: unexpected end of input. Expected one of: ')', ',', string literal

CREATE TABLE bad (a INTEGR) WITH ('connector' = 'datagen')
----
[ERROR 42000] line 1, column 21: Invalid type `INTEGR`: Unknown identifier 'INTEGR'

CREATE TABLE nowhere.bad (a INT) WITH ('connector' = 'datagen')
----
[ERROR 42000] line 1, column 14: Database `default_catalog`.`nowhere` does not exist

DESCRIBE nowhere
----
[ERROR 42S02] line 1, column 10: Table or view `default_catalog`.`default_database`.`nowhere` does not exist

SHOW CREATE TABLE nowhere
----
[ERROR 42S02] line 1, column 19: Table or view `default_catalog`.`default_database`.`nowhere` does not exist
