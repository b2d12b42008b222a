SELECT auction, bidder, SUM(bids) AS bids
FROM (SELECT auction, bidder, COUNT(*) AS bids FROM bids GROUP BY auction, bidder)
GROUP BY CUBE (auction, bidder);
