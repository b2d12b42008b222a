-- A bounded file table read whole, and a projection of some of its columns.
CREATE TABLE people (id BIGINT, name STRING, score INT) WITH ('connector' = 'filesystem', 'path' = '${resources}/people.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT * FROM people
----
+----+------+-------+
| id | name | score |
+----+------+-------+
|  1 |  ann |    10 |
|  2 |  bob |    25 |
|  3 |  cid |     7 |
+----+------+-------+
3 rows in set

SELECT name, id FROM people
----
+------+----+
| name | id |
+------+----+
|  ann |  1 |
|  bob |  2 |
|  cid |  3 |
+------+----+
3 rows in set

CREATE TABLE copy (name STRING, id BIGINT) WITH ('connector' = 'filesystem', 'path' = '${tmp}/copy', 'format' = 'csv')
----
[INFO] Execute statement succeeded.

SET 'table.dml-sync' = 'true'
----
[INFO] Execute statement succeeded.

INSERT INTO copy SELECT name, id FROM people
----
[INFO] Execute statement succeeded.

SELECT * FROM copy
----
+------+----+
| name | id |
+------+----+
|  ann |  1 |
|  bob |  2 |
|  cid |  3 |
+------+----+
3 rows in set
