-- secret option values never reach users: not in SHOW CREATE TABLE, errors, SET or EXPLAIN
CREATE TABLE vault (
  id INT,
  note STRING
) WITH (
  'connector' = 'secretive',
  'password' = 'hunter2',
  'properties.sasl.jaas.config' = 'PlainLoginModule required password="hunter3";',
  'properties.bootstrap.servers' = '127.0.0.1:9092'
)
----
[INFO] Execute statement succeeded.

SHOW CREATE TABLE vault
----
CREATE TABLE `default_catalog`.`default_database`.`vault` (
  `id` INT,
  `note` STRING
)
WITH (
  'connector' = 'secretive',
  'password' = '******',
  'properties.sasl.jaas.config' = '******',
  'properties.bootstrap.servers' = '127.0.0.1:9092'
)

DESCRIBE vault
----
+------+--------+------+--------+--------+-----------+
| name |   type | null |    key | extras | watermark |
+------+--------+------+--------+--------+-----------+
|   id |    INT | TRUE | <NULL> | <NULL> |    <NULL> |
| note | STRING | TRUE | <NULL> | <NULL> |    <NULL> |
+------+--------+------+--------+--------+-----------+
2 rows in set

EXPLAIN SELECT note FROM vault WHERE id > 1
----
== Abstract Syntax Tree ==
LogicalProject(note=[$1])
  LogicalFilter(condition=[>($0, 1)])
    LogicalTableScan(table=[[default_catalog, default_database, vault]])
<BLANK>
== Optimized Physical Plan ==
Calc(select=[note], where=[id > 1]) changelogMode=[I] parallelism=[1]
+- TableSourceScan(table=[`default_catalog`.`default_database`.`vault`], fields=[id, note]) changelogMode=[I] parallelism=[1]

CREATE TABLE leaky (id INT) WITH ('connector' = 'datagen', 'password' = 'hunter2')
----
[ERROR 42000] line 1, column 34: Unsupported option 'password' for connector 'datagen'. Supported options: fields.#.end, fields.#.kind, fields.#.length, fields.#.max, fields.#.max-past, fields.#.min, fields.#.null-rate, fields.#.start, fields.#.var-len, number-of-rows, ... (2 more)

CREATE TABLE leaky (id INT) WITH ('connector' = 'secretive', 'password' = 'hunter2', 'retries' = 'hunter4')
----
[ERROR 42000] line 1, column 34: Invalid value 'hunter4' for option 'retries': expected an integer such as '4'

CREATE TABLE leaky (id INT) WITH ('connector' = 'secretive')
----
[ERROR 42000] line 1, column 34: Missing required option 'password' for connector 'secretive'

CREATE CATALOG leaky WITH ('type' = 'generic_in_memory', 'password' = 'hunter2')
----
[ERROR 42000] line 1, column 16: Unsupported option 'password' for catalog type 'generic_in_memory'. Supported options: default-database, type

ALTER TABLE vault SET ('password' = 'hunter5')
----
[INFO] Execute statement succeeded.

SHOW CREATE TABLE vault
----
CREATE TABLE `default_catalog`.`default_database`.`vault` (
  `id` INT,
  `note` STRING
)
WITH (
  'connector' = 'secretive',
  'password' = '******',
  'properties.sasl.jaas.config' = '******',
  'properties.bootstrap.servers' = '127.0.0.1:9092'
)

SET 'my.api-key' = 'hunter6'
----
[INFO] Execute statement succeeded.

SET
----
+------------+--------+
|        key |  value |
+------------+--------+
| my.api-key | ****** |
+------------+--------+
1 row in set

-- a mistyped statement: the syntax error must not quote the secret
CREATE TABLE leaky (id INT) WITH ('connector' = 'secretive', 'password' 'hunter7')
----
[ERROR 42000] line 1, column 82: Syntax error: unexpected ')'. Expected one of: string literal, '='

CREATE TABLE leaky (id INT) WITH ('connector' = 'secretive', 'password' = 'hunter8' 'retries' = '1')
----
[ERROR 42000] line 1, column 95: Syntax error: unexpected '='. Expected one of: ')', ',', string literal
