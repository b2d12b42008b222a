SELECT window_start, window_end, COUNT(*) AS bids
FROM TABLE(HOP(TABLE bids, DESCRIPTOR(date_time), INTERVAL '5' MINUTE, INTERVAL '10' MINUTE,
  INTERVAL '-1' MINUTE))
GROUP BY window_start, window_end;
