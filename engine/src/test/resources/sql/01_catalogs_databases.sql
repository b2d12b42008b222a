SHOW CATALOGS
----
+-----------------+
|    catalog name |
+-----------------+
| default_catalog |
+-----------------+
1 row in set

SHOW CURRENT CATALOG
----
+----------------------+
| current catalog name |
+----------------------+
|      default_catalog |
+----------------------+
1 row in set

SHOW CURRENT DATABASE
----
+-----------------------+
| current database name |
+-----------------------+
|      default_database |
+-----------------------+
1 row in set

SHOW DATABASES
----
+------------------+
|    database name |
+------------------+
| default_database |
+------------------+
1 row in set

CREATE DATABASE sales COMMENT 'orders and customers'
----
[INFO] Execute statement succeeded.

CREATE DATABASE sales
----
[ERROR 42000] line 1, column 17: Database `default_catalog`.`sales` already exists

CREATE DATABASE IF NOT EXISTS sales
----
[INFO] Execute statement succeeded.

SHOW DATABASES LIKE 's%'
----
+---------------+
| database name |
+---------------+
|         sales |
+---------------+
1 row in set

USE sales
----
[INFO] Execute statement succeeded.

SHOW CURRENT DATABASE
----
+-----------------------+
| current database name |
+-----------------------+
|                 sales |
+-----------------------+
1 row in set

DROP DATABASE sales
----
[ERROR 42000] line 1, column 15: Cannot drop database `default_catalog`.`sales` because it is the current database; USE another one first

USE default_database
----
[INFO] Execute statement succeeded.

DROP DATABASE IF EXISTS nowhere
----
[INFO] Execute statement succeeded.

DROP DATABASE nowhere
----
[ERROR 42000] line 1, column 15: Database `default_catalog`.`nowhere` does not exist

CREATE CATALOG broken WITH ('type' = 'in-memory')
----
[ERROR 42000] line 1, column 16: Unknown catalog type 'in-memory'. Available catalog types: file, generic_in_memory

CREATE CATALOG broken WITH ('type' = 'file')
----
[ERROR 42000] line 1, column 16: Missing required option 'path' for catalog type 'file'

CREATE CATALOG broken
----
[ERROR 42000] line 1, column 21: Syntax error: unexpected end of input. Expected one of: WITH

CREATE CATALOG memory WITH ('type' = 'generic_in_memory')
----
[INFO] Execute statement succeeded.

CREATE CATALOG scratch WITH ('type' = 'file', 'path' = '${tmp}/scratch')
----
[INFO] Execute statement succeeded.

CREATE CATALOG scratch WITH ('type' = 'file', 'path' = '${tmp}/again')
----
[ERROR 42000] line 1, column 16: Catalog `scratch` already exists

CREATE CATALOG IF NOT EXISTS scratch WITH ('type' = 'file', 'path' = '${tmp}/again')
----
[INFO] Execute statement succeeded.

SHOW CATALOGS
----
+-----------------+
|    catalog name |
+-----------------+
| default_catalog |
|          memory |
|         scratch |
+-----------------+
3 rows in set

USE CATALOG scratch
----
[INFO] Execute statement succeeded.

SHOW CURRENT CATALOG
----
+----------------------+
| current catalog name |
+----------------------+
|              scratch |
+----------------------+
1 row in set

SHOW DATABASES
----
+------------------+
|    database name |
+------------------+
| default_database |
+------------------+
1 row in set

CREATE DATABASE scratch.archive
----
[INFO] Execute statement succeeded.

SHOW DATABASES FROM scratch
----
+------------------+
|    database name |
+------------------+
|          archive |
| default_database |
+------------------+
2 rows in set

USE default_catalog.default_database
----
[INFO] Execute statement succeeded.

SHOW CURRENT CATALOG
----
+----------------------+
| current catalog name |
+----------------------+
|      default_catalog |
+----------------------+
1 row in set

USE scratch.archive
----
[INFO] Execute statement succeeded.

SHOW CURRENT DATABASE
----
+-----------------------+
| current database name |
+-----------------------+
|               archive |
+-----------------------+
1 row in set

DROP DATABASE scratch.archive
----
[ERROR 42000] line 1, column 15: Cannot drop database `scratch`.`archive` because it is the current database; USE another one first

USE CATALOG scratch
----
[INFO] Execute statement succeeded.

DROP DATABASE scratch.archive CASCADE
----
[INFO] Execute statement succeeded.

USE CATALOG nowhere
----
[ERROR 42000] line 1, column 13: Catalog `nowhere` does not exist

DROP CATALOG scratch
----
[ERROR 42000] line 1, column 14: Cannot drop catalog `scratch` because it is the current catalog; USE CATALOG another one first

USE CATALOG default_catalog
----
[INFO] Execute statement succeeded.

DROP CATALOG scratch
----
[INFO] Execute statement succeeded.

DROP CATALOG IF EXISTS scratch
----
[INFO] Execute statement succeeded.

SHOW CATALOGS
----
+-----------------+
|    catalog name |
+-----------------+
| default_catalog |
|          memory |
+-----------------+
2 rows in set

SHOW DATABASES FROM nowhere
----
[ERROR 42000] line 1, column 21: Catalog `nowhere` does not exist

USE a.b.c
----
[ERROR 42000] line 1, column 5: Name `a`.`b`.`c` has 3 parts, but expected [catalog.]database
