SELECT auction, ROW_NUMBER() OVER (PARTITION BY auction ORDER BY date_time) AS rn FROM bids
