SELECT SESSION_START(date_time, INTERVAL '1' MINUTE) AS session_start, SUM(price) AS total
FROM bids
GROUP BY SESSION(date_time, INTERVAL '1' MINUTE);
