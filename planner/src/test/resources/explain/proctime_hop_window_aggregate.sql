SELECT window_start, window_end, COUNT(DISTINCT user_id) AS users
FROM TABLE(HOP(TABLE clicks, DESCRIPTOR(pt), INTERVAL '30' SECOND, INTERVAL '2' MINUTE))
WHERE url LIKE '%checkout%'
GROUP BY window_start, window_end;
