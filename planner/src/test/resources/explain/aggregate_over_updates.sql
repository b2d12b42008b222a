-- The outer aggregate consumes the inner one's updates.
SELECT bids, COUNT(*) AS auctions
FROM (SELECT auction, COUNT(*) AS bids FROM bids GROUP BY auction)
GROUP BY bids;
