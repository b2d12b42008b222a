SELECT auction, bidder, COUNT(*) FROM bids GROUP BY GROUPING SETS ((auction), (bidder));
