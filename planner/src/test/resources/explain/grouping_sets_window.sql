SELECT window_start, window_end, auction, COUNT(*) AS bids, MAX(auction) AS top_auction,
  GROUPING(auction) AS g
FROM TABLE(TUMBLE(TABLE bids, DESCRIPTOR(date_time), INTERVAL '10' SECOND))
GROUP BY window_start, window_end, GROUPING SETS ((auction), ());
