-- Java scalar functions created with CREATE [TEMPORARY [SYSTEM]] FUNCTION and called from
-- queries: overloads picked by argument types, job parameters read in open(), qualified names,
-- calls in filters, NULL arguments, temporal types, and the errors of bad calls.
CREATE TABLE people (id BIGINT, name STRING, score INT) WITH ('connector' = 'filesystem', 'path' = '${resources}/people.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

CREATE FUNCTION shout AS 'io.eddy.engine.testplugins.Shout'
----
[INFO] Execute statement succeeded.

CREATE TEMPORARY FUNCTION describe_value AS 'io.eddy.engine.testplugins.Describe' LANGUAGE JAVA
----
[INFO] Execute statement succeeded.

CREATE TEMPORARY SYSTEM FUNCTION prefixed AS 'io.eddy.engine.testplugins.Prefixed'
----
[INFO] Execute statement succeeded.

SET 'test.prefix' = '#'
----
[INFO] Execute statement succeeded.

SELECT id, shout(name) AS loud, prefixed(name) AS tagged, describe_value(score) AS s, describe_value(id) AS i, describe_value(score * 1.5) AS d, describe_value(name) AS n FROM people
----
+----+------+--------+--------+----------+--------------+------------+
| id | loud | tagged |      s |        i |            d |          n |
+----+------+--------+--------+----------+--------------+------------+
|  1 |  ANN |   #ann | int 10 | bigint 1 |   decimal 15 | string ann |
|  2 |  BOB |   #bob | int 25 | bigint 2 | decimal 37.5 | string bob |
|  3 |  CID |   #cid |  int 7 | bigint 3 | decimal 10.5 | string cid |
+----+------+--------+--------+----------+--------------+------------+
3 rows in set

SELECT default_catalog.default_database.shout(name) AS a, default_database.SHOUT(name) AS b, describe_value(name, score) AS c FROM people WHERE shout(name) <> 'CID'
----
+-----+-----+----------+
|   a |   b |        c |
+-----+-----+----------+
| ANN | ANN | ann x 10 |
| BOB | BOB | bob x 25 |
+-----+-----+----------+
2 rows in set

SELECT describe_value(CAST(NULL AS INT)) AS null_int, describe_value(name, CAST(NULL AS INT)) AS null_boxed, shout(CAST(NULL AS STRING)) AS null_string FROM people WHERE id = 1
----
+----------+------------+-------------+
| null_int | null_boxed | null_string |
+----------+------------+-------------+
|   <NULL> | ann x null |      <NULL> |
+----------+------------+-------------+
1 row in set

CREATE TEMPORARY FUNCTION plus_days AS 'io.eddy.engine.testplugins.TestFunctions$PlusDays'
----
[INFO] Execute statement succeeded.

SELECT plus_days(TIMESTAMP '2020-01-31 23:59:59.123', 1) AS t, plus_days(DATE '2020-02-28', 2) AS d FROM people WHERE id = 1
----
+-------------------------+------------+
|                       t |          d |
+-------------------------+------------+
| 2020-02-01 23:59:59.123 | 2020-03-01 |
+-------------------------+------------+
1 row in set

CREATE TEMPORARY VIEW loud AS SELECT id, shout(name) AS loud FROM people
----
[INFO] Execute statement succeeded.

SELECT loud FROM loud WHERE id > 1
----
+------+
| loud |
+------+
|  BOB |
|  CID |
+------+
2 rows in set

CREATE TEMPORARY FUNCTION seq AS 'io.eddy.engine.testplugins.TestFunctions$Sequence'
----
[INFO] Execute statement succeeded.

SELECT seq() AS first_call, seq() AS second_call FROM people WHERE id = 1
----
+------------+-------------+
| first_call | second_call |
+------------+-------------+
|          0 |           1 |
+------------+-------------+
1 row in set

CREATE TEMPORARY FUNCTION join_with AS 'io.eddy.engine.testplugins.TestFunctions$JoinWith'
----
[INFO] Execute statement succeeded.

SELECT join_with('-', name, shout(name), 'x') AS joined, join_with(id, score, 100) AS total, join_with() AS no_values FROM people
----
+-----------+-------+-----------+
|    joined | total | no_values |
+-----------+-------+-----------+
| ann-ANN-x |   111 |         0 |
| bob-BOB-x |   127 |         0 |
| cid-CID-x |   110 |         0 |
+-----------+-------+-----------+
3 rows in set

SELECT a.id, b.name FROM people a JOIN people b ON a.id = b.id AND prefixed(a.name) <> CONCAT('#', 'bob')
----
+----+------+
| id | name |
+----+------+
|  1 |  ann |
|  3 |  cid |
+----+------+
2 rows in set

SELECT shout(name) AS loud, SUM(join_with(id, score)) AS total FROM people GROUP BY shout(name)
----
+------+-------+
| loud | total |
+------+-------+
|  ANN |    11 |
|  BOB |    27 |
|  CID |    10 |
+------+-------+
3 rows in set

CREATE TEMPORARY TABLE loud_people (id BIGINT, name STRING, score INT, loud AS shout(name)) WITH ('connector' = 'filesystem', 'path' = '${resources}/people.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT id, loud FROM loud_people WHERE id < 3
----
+----+------+
| id | loud |
+----+------+
|  1 |  ANN |
|  2 |  BOB |
+----+------+
2 rows in set

SELECT shout(id) FROM people
----
[ERROR 42000] line 1, column 8: Function 'shout' does not accept arguments (BIGINT); it has shout(STRING)

SELECT describe_value(name, name, name) FROM people
----
[ERROR 42000] line 1, column 8: Function 'describe_value' does not accept arguments (STRING, STRING, STRING); it has describe_value(BIGINT), describe_value(DECIMAL(38, 18)), describe_value(DOUBLE), describe_value(INT), describe_value(STRING), describe_value(STRING, INT)

SELECT nosuch(name) FROM people
----
[ERROR 42000] line 1, column 8: No function named 'nosuch'

CREATE FUNCTION bad AS 'io.eddy.engine.testplugins.TestFunctions$NotAFunction'
----
[ERROR 42000] line 1, column 24: Class 'io.eddy.engine.testplugins.TestFunctions$NotAFunction' is not a scalar function: it does not extend io.eddy.catalog.function.ScalarFunction

CREATE FUNCTION bad AS 'io.eddy.engine.testplugins.TestFunctions$NoEval'
----
[ERROR 42000] line 1, column 24: Class 'io.eddy.engine.testplugins.TestFunctions$NoEval' is not a scalar function: it needs a public method named 'eval'

CREATE FUNCTION bad AS 'io.eddy.engine.testplugins.TestFunctions$ListEval'
----
[ERROR 42000] line 1, column 24: Class 'io.eddy.engine.testplugins.TestFunctions$ListEval' is not a scalar function: no 'eval' method has SQL-typed parameters and result: String eval(List)

CREATE FUNCTION bad AS 'io.eddy.engine.testplugins.Missing'
----
[ERROR 42000] line 1, column 24: Function class 'io.eddy.engine.testplugins.Missing' was not found on the class path
[HINT] Check the class name, and add the jar that holds it to the class path

SHOW USER FUNCTIONS
----
+----------------+
|  function name |
+----------------+
| describe_value |
|      join_with |
|      plus_days |
|       prefixed |
|            seq |
|          shout |
+----------------+
6 rows in set

DROP FUNCTION shout
----
[INFO] Execute statement succeeded.

SELECT shout(name) FROM people
----
[ERROR 42000] line 1, column 8: No function named 'shout'

DROP FUNCTION shout
----
[ERROR 42000] line 1, column 15: Function `default_catalog`.`default_database`.`shout` does not exist

DROP TEMPORARY FUNCTION describe_value
----
[INFO] Execute statement succeeded.

DROP TEMPORARY SYSTEM FUNCTION prefixed
----
[INFO] Execute statement succeeded.

SHOW USER FUNCTIONS
----
+---------------+
| function name |
+---------------+
|     join_with |
|     plus_days |
|           seq |
+---------------+
3 rows in set
