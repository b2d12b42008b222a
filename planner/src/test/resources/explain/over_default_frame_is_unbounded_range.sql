SELECT auction, price, MIN(price) OVER (PARTITION BY auction, bidder ORDER BY date_time) AS low FROM bids
