SELECT DISTINCT auction, bidder FROM bids;
