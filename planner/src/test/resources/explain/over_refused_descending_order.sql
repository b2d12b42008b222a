SELECT auction, COUNT(*) OVER (PARTITION BY auction ORDER BY date_time DESC) FROM bids
