SELECT url, window_end, COUNT(*) AS clicks
FROM TABLE(CUMULATE(TABLE clicks, DESCRIPTOR(pt), INTERVAL '1' MINUTE, INTERVAL '1' HOUR))
GROUP BY url, window_start, window_end;
