SELECT auction, bidder, COUNT(*) AS bids, SUM(price) AS total, MAX(bidder) AS top_bidder,
  GROUPING(auction) AS ga, GROUPING_ID(auction, bidder) AS gid
FROM bids
GROUP BY ROLLUP (auction, bidder)
HAVING COUNT(*) > 1;
