SELECT bidder, SESSION_START(date_time, INTERVAL '1' MINUTE) AS s_start,
  SESSION_END(date_time, INTERVAL '1' MINUTE) AS s_end, COUNT(*) AS bids
FROM bids
GROUP BY bidder, SESSION(date_time, INTERVAL '1' MINUTE);
