-- Top-N: the best-selling items of each category (Flink's canonical example), with and without
-- the row number, a rank range and a global Top-N.
CREATE TABLE products (item STRING, category STRING, sales INT) WITH ('connector' = 'filesystem', 'path' = '${resources}/rank_products.json', 'format' = 'json')
----
[INFO] Execute statement succeeded.

SELECT category, item, sales, rownum FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY category ORDER BY sales DESC) AS rownum
  FROM products)
WHERE rownum <= 3
----
+----------+--------+-------+--------+
| category |   item | sales | rownum |
+----------+--------+-------+--------+
|    drink |    tea |    40 |      1 |
|    fruit |  apple |    50 |      3 |
|    fruit | cherry |    70 |      1 |
|    fruit |  elder |    60 |      2 |
|      veg | carrot |     5 |      3 |
|      veg |   kale |    15 |      2 |
|      veg |   leek |    25 |      1 |
+----------+--------+-------+--------+
7 rows in set

SELECT item FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY category ORDER BY sales DESC) AS rownum
  FROM products)
WHERE rownum < 2
----
+--------+
|   item |
+--------+
| cherry |
|   leek |
|    tea |
+--------+
3 rows in set

SELECT category, item, rownum FROM (
  SELECT *, ROW_NUMBER() OVER (PARTITION BY category ORDER BY sales DESC) AS rownum
  FROM products)
WHERE rownum BETWEEN 2 AND 3
----
+----------+--------+--------+
| category |   item | rownum |
+----------+--------+--------+
|    fruit |  apple |      3 |
|    fruit |  elder |      2 |
|      veg | carrot |      3 |
|      veg |   kale |      2 |
+----------+--------+--------+
4 rows in set

SELECT item, rownum FROM (
  SELECT item, ROW_NUMBER() OVER (ORDER BY sales ASC) AS rownum FROM products WHERE category <> 'veg')
WHERE rownum = 2 OR rownum = 1
----
+--------+--------+
|   item | rownum |
+--------+--------+
| banana |      2 |
| durian |      1 |
+--------+--------+
2 rows in set

SELECT item, rownum FROM (
  SELECT item, ROW_NUMBER() OVER (PARTITION BY category ORDER BY sales) AS rownum FROM products)
----
[ERROR 0A000] ROW_NUMBER without a filter on its value (Top-N) is not supported
