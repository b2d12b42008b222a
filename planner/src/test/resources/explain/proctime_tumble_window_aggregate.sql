SELECT user_id, window_start, window_end, window_time, COUNT(*) AS clicks
FROM TABLE(TUMBLE(TABLE clicks, DESCRIPTOR(pt), INTERVAL '1' MINUTE))
GROUP BY user_id, window_start, window_end, window_time;
