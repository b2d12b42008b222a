-- ROW, ARRAY and MAP values: constructors, access, collection functions, json in and out.
CREATE TABLE bids (auction BIGINT, bidder BIGINT, price BIGINT, url STRING, ts TIMESTAMP(3)) WITH ('connector' = 'filesystem', 'path' = '${resources}/bids.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

CREATE TABLE things (id INT, tags ARRAY<STRING>, scores MAP<STRING, INT>, owner ROW<name STRING, age INT>) WITH ('connector' = 'filesystem', 'path' = '${resources}/collections.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT auction, ARRAY[auction, price] AS pair, ARRAY['x', url, CAST(NULL AS STRING)] AS texts FROM bids WHERE auction = 3
----
+---------+--------+--------------+
| auction |   pair |        texts |
+---------+--------+--------------+
|       3 | [3, 1] | [x, f, NULL] |
+---------+--------+--------------+
1 row in set

SELECT auction, MAP['price', price, 'bidder', bidder] AS m, MAP[url, ARRAY[price]] AS nested FROM bids WHERE auction = 3
----
+---------+----------------------+---------+
| auction |                    m |  nested |
+---------+----------------------+---------+
|       3 | {price=1, bidder=13} | {f=[1]} |
+---------+----------------------+---------+
1 row in set

SELECT ROW(auction, url) AS r, (auction, price * 2, ARRAY[url]) AS t, ROW(auction, url).EXPR$1 AS url_again FROM bids WHERE auction = 3
----
+--------+-------------+-----------+
|      r |           t | url_again |
+--------+-------------+-----------+
| (3, f) | (3, 2, [f]) |         f |
+--------+-------------+-----------+
1 row in set

SELECT ARRAY[auction, price][1] AS idx1, ARRAY[auction, price][2] AS idx2, ARRAY[auction][0] AS idx0, ARRAY[auction][5] AS idx5, MAP['a', url]['a'] AS hit, MAP['a', url]['b'] AS miss FROM bids WHERE auction = 3
----
+------+------+--------+--------+-----+--------+
| idx1 | idx2 |   idx0 |   idx5 | hit |   miss |
+------+------+--------+--------+-----+--------+
|    3 |    1 | <NULL> | <NULL> |   f | <NULL> |
+------+------+--------+--------+-----+--------+
1 row in set

SELECT CARDINALITY(ARRAY[1, 2, 3]) AS c, CARDINALITY(MAP['a', 1]) AS m, ELEMENT(ARRAY[url]) AS e, ELEMENT(ARRAY[CAST(NULL AS INT)]) AS of_null, ARRAY_CONTAINS(ARRAY[auction, price], 1) AS has_1, ARRAY_CONTAINS(ARRAY[auction, price], 2) AS has_2 FROM bids WHERE auction = 3
----
+---+---+---+---------+-------+-------+
| c | m | e | of_null | has_1 | has_2 |
+---+---+---+---------+-------+-------+
| 3 | 1 | f |  <NULL> |  TRUE | FALSE |
+---+---+---+---------+-------+-------+
1 row in set

SELECT auction, ARRAY[price] AS p, COUNT(*) AS c FROM bids WHERE auction > 1 GROUP BY auction, ARRAY[price]
----
+---------+------+---+
| auction |    p | c |
+---------+------+---+
|       2 | [20] | 1 |
|       2 | [30] | 1 |
|       2 | [40] | 1 |
|       3 |  [1] | 1 |
+---------+------+---+
4 rows in set

SELECT id, tags, scores, owner FROM things
----
+----+--------------+-------------------+-------------+
| id |         tags |            scores |       owner |
+----+--------------+-------------------+-------------+
|  1 |   [red, big] | {math=90, art=70} |   (ann, 31) |
|  2 |           [] |                {} | (bob, NULL) |
|  3 | [blue, NULL] |         {math=55} |      <NULL> |
|  4 |       <NULL> |            <NULL> |   (NULL, 7) |
+----+--------------+-------------------+-------------+
4 rows in set

SELECT id, tags[1] AS first_tag, CARDINALITY(tags) AS n, scores['math'] AS math, owner.name AS name, owner.age AS age, ARRAY_CONTAINS(tags, 'big') AS big FROM things
----
+----+-----------+--------+--------+--------+--------+--------+
| id | first_tag |      n |   math |   name |    age |    big |
+----+-----------+--------+--------+--------+--------+--------+
|  1 |       red |      2 |     90 |    ann |     31 |   TRUE |
|  2 |    <NULL> |      0 | <NULL> |    bob | <NULL> |  FALSE |
|  3 |      blue |      2 |     55 | <NULL> | <NULL> |  FALSE |
|  4 |    <NULL> | <NULL> | <NULL> | <NULL> |      7 | <NULL> |
+----+-----------+--------+--------+--------+--------+--------+
4 rows in set

SELECT id, ARRAY_JOIN(tags, '+', '?') AS joined, ARRAY_POSITION(tags, 'big') AS big_at, ARRAY_DISTINCT(ARRAY_REVERSE(tags)) AS reversed, MAP_KEYS(scores) AS subjects, MAP_VALUES(scores) AS marks FROM things
----
+----+---------+--------+--------------+-------------+----------+
| id |  joined | big_at |     reversed |    subjects |    marks |
+----+---------+--------+--------------+-------------+----------+
|  1 | red+big |      2 |   [big, red] | [math, art] | [90, 70] |
|  2 |         |      0 |           [] |          [] |       [] |
|  3 |  blue+? |      0 | [NULL, blue] |      [math] |     [55] |
|  4 |  <NULL> | <NULL> |       <NULL> |      <NULL> |   <NULL> |
+----+---------+--------+--------------+-------------+----------+
4 rows in set

SELECT owner.name AS name, SUM(scores['math']) AS math FROM things GROUP BY owner.name
----
+--------+--------+
|   name |   math |
+--------+--------+
| <NULL> |     55 |
|    ann |     90 |
|    bob | <NULL> |
+--------+--------+
3 rows in set

CREATE TABLE out_things (id INT, tags ARRAY<STRING>, scores MAP<STRING, BIGINT>, owner ROW<name STRING, age INT>) WITH ('connector' = 'filesystem', 'path' = '${tmp}/things', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SET 'table.dml-sync' = 'true'
----
[INFO] Execute statement succeeded.

INSERT INTO out_things SELECT id, ARRAY[owner.name, 'x'], MAP['id', CAST(id AS BIGINT)], ROW(owner.name, id) FROM things WHERE id < 3
----
[INFO] Execute statement succeeded.

SELECT * FROM out_things
----
+----+----------+--------+----------+
| id |     tags | scores |    owner |
+----+----------+--------+----------+
|  1 | [ann, x] | {id=1} | (ann, 1) |
|  2 | [bob, x] | {id=2} | (bob, 2) |
+----+----------+--------+----------+
2 rows in set
