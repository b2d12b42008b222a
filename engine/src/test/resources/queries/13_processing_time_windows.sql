-- Window aggregation over processing time (a PROCTIME() column). Windows take the clock's time
-- when rows arrive and fire when the clock passes their end; as in Flink, windows still open
-- when a bounded input ends are dropped. Which rows share a window depends on the wall clock,
-- so each query checks what holds for every run: 30 rows paced at 10 rows/s take at least
-- 2.9 s, so at least one whole 1-second window fires before the input ends, no window holds
-- more rows than the input, and every window is aligned and one second long.
CREATE TABLE clicks (
  user_id BIGINT,
  url STRING,
  pt AS PROCTIME()
) WITH ('connector' = 'datagen', 'number-of-rows' = '30', 'rows-per-second' = '10',
  'fields.user_id.min' = '1', 'fields.user_id.max' = '3', 'fields.url.length' = '5')
----
[INFO] Execute statement succeeded.

SELECT COUNT(*) > 0 AS fired, SUM(clicks) <= 30 AS at_most_all_rows, MIN(clicks) > 0 AS no_empty_window,
  MIN(TIMESTAMPDIFF(SECOND, window_start, window_end)) AS min_seconds,
  MAX(TIMESTAMPDIFF(SECOND, window_start, window_end)) AS max_seconds,
  MAX(MOD(EXTRACT(MILLISECOND FROM window_start), 1000)) AS max_start_millis
FROM (
  SELECT window_start, window_end, COUNT(*) AS clicks
  FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(pt), INTERVAL '1' SECOND))
  GROUP BY window_start, window_end)
----
+-------+------------------+-----------------+-------------+-------------+------------------+
| fired | at_most_all_rows | no_empty_window | min_seconds | max_seconds | max_start_millis |
+-------+------------------+-----------------+-------------+-------------+------------------+
|  TRUE |             TRUE |            TRUE |           1 |           1 |                0 |
+-------+------------------+-----------------+-------------+-------------+------------------+
1 row in set

SELECT COUNT(*) > 0 AS fired, SUM(clicks) <= 30 AS at_most_all_rows, MIN(users) BETWEEN 1 AND 3 AS users_in_range,
  MIN(TIMESTAMPDIFF(SECOND, w_start, w_end)) AS min_seconds
FROM (
  SELECT TUMBLE_START(pt, INTERVAL '1' SECOND) AS w_start, TUMBLE_END(pt, INTERVAL '1' SECOND) AS w_end,
    COUNT(*) AS clicks, COUNT(DISTINCT user_id) AS users
  FROM clicks
  GROUP BY TUMBLE(pt, INTERVAL '1' SECOND))
----
+-------+------------------+----------------+-------------+
| fired | at_most_all_rows | users_in_range | min_seconds |
+-------+------------------+----------------+-------------+
|  TRUE |             TRUE |           TRUE |           1 |
+-------+------------------+----------------+-------------+
1 row in set
