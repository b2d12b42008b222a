SELECT COUNT(*) AS bids, SUM(price) AS total FROM bids;
