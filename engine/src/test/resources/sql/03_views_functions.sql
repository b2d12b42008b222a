CREATE TABLE orders (id BIGINT, amount DECIMAL(10, 2), customer STRING) WITH ('connector' = 'datagen')
----
[INFO] Execute statement succeeded.

CREATE VIEW big_orders AS SELECT id, amount FROM orders WHERE amount > 100
----
[INFO] Execute statement succeeded.

CREATE VIEW big_orders AS SELECT id FROM orders
----
[ERROR 42000] line 1, column 13: View `default_catalog`.`default_database`.`big_orders` already exists

CREATE VIEW IF NOT EXISTS big_orders AS SELECT id FROM orders
----
[INFO] Execute statement succeeded.

CREATE VIEW renamed (order_id, total) AS SELECT id, amount FROM orders
----
[INFO] Execute statement succeeded.

CREATE VIEW wrong (a) AS SELECT id, amount FROM orders
----
[ERROR 42000] line 1, column 1: The view lists 1 column names, but its query produces 2 columns

CREATE VIEW broken AS SELECT nope FROM orders
----
[ERROR 42000] line 1, column 30: Column 'nope' not found in any table

CREATE TEMPORARY VIEW recent AS SELECT customer FROM orders
----
[INFO] Execute statement succeeded.

SHOW VIEWS
----
+------------+
|  view name |
+------------+
| big_orders |
|     recent |
|    renamed |
+------------+
3 rows in set

SHOW TABLES
----
+------------+
| table name |
+------------+
| big_orders |
|     orders |
|     recent |
|    renamed |
+------------+
4 rows in set

DESCRIBE renamed
----
+----------+----------------+------+--------+--------+-----------+
|     name |           type | null |    key | extras | watermark |
+----------+----------------+------+--------+--------+-----------+
| order_id |         BIGINT | TRUE | <NULL> | <NULL> |    <NULL> |
|    total | DECIMAL(10, 2) | TRUE | <NULL> | <NULL> |    <NULL> |
+----------+----------------+------+--------+--------+-----------+
2 rows in set

SHOW CREATE VIEW big_orders
----
CREATE VIEW `default_catalog`.`default_database`.`big_orders` (
  `id`,
  `amount`
)
AS SELECT `orders`.`id`, `orders`.`amount` FROM `default_catalog`.`default_database`.`orders` AS `orders` WHERE `orders`.`amount` > 100

SHOW CREATE TABLE big_orders
----
[ERROR 42000] line 1, column 19: SHOW CREATE TABLE is only supported for tables, but `default_catalog`.`default_database`.`big_orders` is a view
[HINT] Use SHOW CREATE VIEW

SHOW CREATE VIEW orders
----
[ERROR 42000] line 1, column 18: SHOW CREATE VIEW is only supported for views, but `default_catalog`.`default_database`.`orders` is a table
[HINT] Use SHOW CREATE TABLE

DROP TABLE big_orders
----
[ERROR 42000] line 1, column 12: `default_catalog`.`default_database`.`big_orders` is a view, not a table; use DROP VIEW

DROP VIEW big_orders
----
[INFO] Execute statement succeeded.

DROP VIEW big_orders
----
[ERROR 42S02] line 1, column 11: View `default_catalog`.`default_database`.`big_orders` does not exist

DROP VIEW IF EXISTS big_orders
----
[INFO] Execute statement succeeded.

DROP TEMPORARY VIEW recent
----
[INFO] Execute statement succeeded.

SHOW VIEWS
----
+-----------+
| view name |
+-----------+
|   renamed |
+-----------+
1 row in set

-- functions: the class must be on the class path, extend ScalarFunction and have an eval method
CREATE FUNCTION shout AS 'io.eddy.engine.testplugins.Shout'
----
[INFO] Execute statement succeeded.

CREATE FUNCTION shout AS 'io.eddy.engine.testplugins.Shout'
----
[ERROR 42000] line 1, column 17: Function `default_catalog`.`default_database`.`shout` already exists

CREATE FUNCTION IF NOT EXISTS shout AS 'io.eddy.engine.testplugins.Shout'
----
[INFO] Execute statement succeeded.

CREATE TEMPORARY FUNCTION whisper AS 'io.eddy.engine.testplugins.Shout' LANGUAGE JAVA
----
[INFO] Execute statement succeeded.

CREATE TEMPORARY SYSTEM FUNCTION yell AS 'io.eddy.engine.testplugins.Shout'
----
[INFO] Execute statement succeeded.

SHOW USER FUNCTIONS
----
+---------------+
| function name |
+---------------+
|         shout |
|       whisper |
|          yell |
+---------------+
3 rows in set

SHOW FUNCTIONS LIKE 'up%'
----
+---------------+
| function name |
+---------------+
|         upper |
+---------------+
1 row in set

CREATE FUNCTION missing AS 'com.example.DoesNotExist'
----
[ERROR 42000] line 1, column 28: Function class 'com.example.DoesNotExist' was not found on the class path
[HINT] Check the class name, and add the jar that holds it to the class path

CREATE FUNCTION notafunction AS 'java.lang.Object'
----
[ERROR 42000] line 1, column 33: Class 'java.lang.Object' is not a scalar function: it does not extend io.eddy.catalog.function.ScalarFunction

CREATE FUNCTION py AS 'x.y' LANGUAGE PYTHON
----
[ERROR 0A000] line 1, column 1: Functions in language PYTHON are not supported
[HINT] Implement the function in Java and use LANGUAGE JAVA

DROP FUNCTION shout
----
[INFO] Execute statement succeeded.

DROP TEMPORARY FUNCTION whisper
----
[INFO] Execute statement succeeded.

DROP TEMPORARY SYSTEM FUNCTION yell
----
[INFO] Execute statement succeeded.

DROP FUNCTION shout
----
[ERROR 42000] line 1, column 15: Function `default_catalog`.`default_database`.`shout` does not exist

DROP FUNCTION IF EXISTS shout
----
[INFO] Execute statement succeeded.

DROP TEMPORARY SYSTEM FUNCTION yell
----
[ERROR 42S02] line 1, column 32: Temporary system function `yell` does not exist

SHOW USER FUNCTIONS
----
Empty set
